import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and Prisma's driver adapter stay Node modules rather than bundled code.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default nextConfig;
