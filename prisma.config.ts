// Prisma CLI configuration. Vigil applies migrations with its own runner (lib/db/migrate), so the CLI is
// used only for `prisma generate`; a user with internet access may still use `prisma migrate deploy`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/vigil" },
});
