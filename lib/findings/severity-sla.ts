import type { Severity } from "@/lib/checks/check-definition";

/** Days to fix a finding of each severity, from when it opens: the defaults; people change them in Settings (lib/settings). */
export const DEFAULT_SLA_DAYS: Record<Severity, number | null> = {
  critical: 7,
  high: 30,
  medium: 90,
  low: 180,
  informational: null,
};

export function dueDateFor(severity: Severity, openedAt: Date, sla = DEFAULT_SLA_DAYS): Date | null {
  const days = sla[severity];
  return days === null ? null : new Date(openedAt.getTime() + days * 86_400_000);
}
