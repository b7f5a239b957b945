/**
 * Deliveries of a scan that no worker has attempted yet. The post-scan job sends one job for each, so a
 * job retried after a crash between "rows inserted" and "jobs sent" still gets every delivery out.
 */
import type { Database } from "@/lib/db/client";

export async function findUnsentDeliveries(database: Database, scanId: string): Promise<string[]> {
  const rows = await database.notificationDelivery.findMany({ where: { scanId, status: "pending", attempts: 0 }, select: { id: true } });
  return rows.map((row) => row.id);
}
