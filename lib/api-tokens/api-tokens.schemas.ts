/** Input of token creation. The REST API is read-only, so tokens carry only read actions. */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";
import type { Action } from "@/lib/auth/permissions";

export const TOKEN_ACTIONS = [
  "findings:read", "findings:export", "resources:read", "principals:read", "compliance:read", "scans:read", "accounts:read",
] as const satisfies readonly Action[];
export type TokenAction = (typeof TOKEN_ACTIONS)[number];

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1).max(100).check(postgresText()),
  actions: z.array(z.enum(TOKEN_ACTIONS)).min(1),
  accountScope: z.array(z.string().regex(/^\d{12}$/, "account ids have 12 digits")).default([]),
  /** Days until the token stops working; null never expires. */
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(90),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
