import type { InventoryView } from "@/lib/checks/check-definition";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/** Indexes an account's resources by type and ARN for checks that look beyond one resource. */
export function buildInventoryView(resources: readonly ResourceRecord[], accountId: string): InventoryView {
  const byType = new Map<string, ResourceRecord[]>();
  const byArn = new Map<string, ResourceRecord>();
  for (const r of resources) {
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
    byArn.set(r.arn, r);
  }
  return {
    accountId,
    byType: (type) => byType.get(type) ?? [],
    byArn: (arn) => byArn.get(arn),
  };
}
