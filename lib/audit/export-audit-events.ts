/**
 * The audit trail as CSV or JSON lines for download, streamed in batches so a long history never sits in
 * memory. Administrators only; the export itself is audited.
 */
import { csvRow } from "@/lib/findings/format-csv";
import type { Database } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { AuditQuery } from "./audit.schemas";
import { auditWhere, toAuditRow, type AuditEventRow } from "./find-audit-events";

const COLUMNS: (keyof AuditEventRow)[] = ["id", "occurredAt", "actorId", "actorLabel", "action", "outcome", "targetType", "targetId", "ip", "userAgent", "changes", "details"];
const BATCH = 1000;

export async function* exportAuditEvents(database: Database, actor: Actor, query: AuditQuery, format: "csv" | "json"): AsyncGenerator<string> {
  authorize(actor, "audit:read");
  if (format === "csv") yield csvRow(COLUMNS);
  else yield "[";
  let before: bigint | undefined;
  let first = true;
  for (;;) {
    const rows = await database.auditEvent.findMany({
      where: { ...auditWhere(query), ...(before !== undefined ? { id: { lt: before } } : {}) },
      orderBy: { id: "desc" },
      take: BATCH,
    });
    for (const row of rows) {
      const event = toAuditRow(row);
      if (format === "csv") {
        yield csvRow(COLUMNS.map((column) => {
          const value = event[column];
          if (value instanceof Date) return value.toISOString();
          return value !== null && typeof value === "object" ? JSON.stringify(value) : value;
        }));
      } else {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(event)}`;
        first = false;
      }
    }
    if (rows.length < BATCH) break;
    before = rows.at(-1)!.id;
  }
  if (format === "json") yield first ? "]\n" : "\n]\n";
}
