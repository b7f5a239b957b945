import type { EffectiveAction } from "@/lib/iam/effective/list-effective-actions";
import type { ServiceLastAccessed } from "@/lib/iam/model/iam-model";

export interface UsageEvidence {
  /** Actions used in the window (exact, where IAM tracks actions; all allowed actions of a used service otherwise). */
  used: Set<string>;
  /** Services used in the window. */
  services: Set<string>;
  /** Services only tracked at service level, whose actions were all kept. */
  serviceLevelOnly: string[];
}

/** What a principal used within `windowDays` before `now`, from service- and action-last-accessed data. */
export function findUsedActions(data: ServiceLastAccessed, allowed: readonly EffectiveAction[], now: Date, windowDays: number): UsageEvidence {
  const since = now.getTime() - windowDays * 86_400_000;
  const recent = (d: string | null) => d !== null && Date.parse(d) >= since;
  const used = new Set<string>();
  const services = new Set<string>();
  const serviceLevelOnly: string[] = [];
  let byService: Map<string, string[]> | null = null;
  for (const s of data.services) {
    if (!recent(s.lastAuthenticated)) continue;
    services.add(s.namespace);
    if (s.actions && s.actions.length > 0) {
      for (const a of s.actions) if (recent(a.lastAccessed)) used.add(a.action.toLowerCase());
    } else {
      serviceLevelOnly.push(s.namespace);
      // Grouped once, in the allowed order, so each service costs its own actions rather than all of them.
      byService ??= groupByService(allowed);
      for (const a of byService.get(s.namespace) ?? []) used.add(a);
    }
  }
  return { used, services, serviceLevelOnly };
}

function groupByService(allowed: readonly EffectiveAction[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of allowed) {
    const service = a.service;
    const list = out.get(service);
    const lower = a.key;
    if (list) list.push(lower);
    else out.set(service, [lower]);
  }
  return out;
}
