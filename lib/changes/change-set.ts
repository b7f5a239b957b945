import type { FieldChange } from "./diff-configuration";

export interface ChangedResource {
  id: string;
  accountId: string;
  arn: string;
  type: string;
  name: string;
  region: string;
}

export interface ChangedFinding {
  id: string;
  accountId: string;
  checkId: string;
  title: string;
  severity: "critical" | "high" | "medium" | "low" | "informational";
  resourceArn: string;
  /** When the scan (or person) made the transition. */
  at: Date;
  /** For resolved findings: fixed, resource_deleted or manual. */
  resolution?: string | null;
}

/** What changed in one window: one scan against the previous one, or everything since a date. */
export interface ChangeSet {
  /** The window: (from, to]. `from` is null for an account's first scan. */
  from: Date | null;
  to: Date;
  accountId: string | null;
  scanId: string | null;
  previousScanId: string | null;
  resources: {
    added: ChangedResource[];
    removed: ChangedResource[];
    changed: (ChangedResource & { fields: FieldChange[] })[];
  };
  findings: {
    new: ChangedFinding[];
    resolved: ChangedFinding[];
    regressed: ChangedFinding[];
  };
}

export function countChanges(changes: ChangeSet): number {
  const { resources, findings } = changes;
  return resources.added.length + resources.removed.length + resources.changed.length +
    findings.new.length + findings.resolved.length + findings.regressed.length;
}
