/**
 * The REST API's credentials for the dashboard benchmark: a findings:read token made through lib/api-tokens by an
 * administrator created for the run, sent as the Authorization header of every /api/v1 request.
 */
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import type { Database } from "@/lib/db/client";

export async function createApiTokenHeader(database: Database): Promise<Record<string, string>> {
  const admin = await database.user.create({ data: { email: `bench-admin-${Date.now()}@vigil.invalid`, name: "Benchmark admin", role: "admin" } });
  const { token } = await createApiToken(database, { userId: admin.id, role: "admin", accountScope: null, label: admin.email }, {
    name: "dashboard benchmark",
    actions: ["findings:read"],
    expiresInDays: 1,
  });
  return { authorization: `Bearer ${token}` };
}
