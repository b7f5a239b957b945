import "server-only";
import { db, type Database } from "@/lib/db/client";

/** People findings can be assigned to: everyone whose role may triage (viewers cannot act on work). */
export async function findAssignees(database: Database = db()) {
  return database.user.findMany({
    where: { role: { in: ["admin", "analyst", "engineer"] } },
    select: { id: true, name: true, email: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export type Assignee = Awaited<ReturnType<typeof findAssignees>>[number];
