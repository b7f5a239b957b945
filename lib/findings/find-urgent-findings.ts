import "server-only";
import { db, type Database } from "@/lib/db/client";

/** The newest open critical and high findings, for the overview. */
export async function findUrgentFindings(options: { limit?: number; database?: Database } = {}) {
  const database = options.database ?? db();
  return database.finding.findMany({
    where: { status: { in: ["open", "in_progress"] }, severity: { in: ["critical", "high"] } },
    orderBy: [{ firstSeenAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 8,
    select: { id: true, title: true, severity: true, service: true, resourceArn: true, accountId: true, firstSeenAt: true },
  });
}
