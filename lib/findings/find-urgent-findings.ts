import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/** The newest open critical and high findings, for the overview. */
export async function findUrgentFindings(options: { scope: AccountScope; limit?: number; database?: Database }) {
  const database = options.database ?? db();
  return database.finding.findMany({
    where: { status: { in: ["open", "in_progress"] }, severity: { in: ["critical", "high"] }, ...accountWhere(options.scope) },
    orderBy: [{ firstSeenAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 8,
    select: { id: true, title: true, severity: true, service: true, resourceArn: true, accountId: true, firstSeenAt: true },
  });
}
