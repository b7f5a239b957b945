/**
 * A finding as an OCSF 1.3.0 Detection Finding (class_uid 2004), the shape AWS Security Lake and
 * Prowler's OCSF output use. Pure; the schema in test/fixtures/schemas/ocsf-1.3.0-detection-finding.schema.json checks it.
 */
import type { ExportedFinding } from "@/lib/findings/export-findings";
import { fillRemediation } from "./fill-remediation";

export const OCSF_VERSION = "1.3.0";

const SEVERITY_ID: Record<ExportedFinding["severity"], number> = { informational: 1, low: 2, medium: 3, high: 4, critical: 5 };
const SEVERITY_NAME: Record<ExportedFinding["severity"], string> = { informational: "Informational", low: "Low", medium: "Medium", high: "High", critical: "Critical" };
const STATUS: Record<ExportedFinding["status"], [number, string]> = {
  open: [1, "New"],
  in_progress: [2, "In Progress"],
  suppressed: [3, "Suppressed"],
  risk_accepted: [3, "Suppressed"],
  resolved: [4, "Resolved"],
};

export interface ExportContext {
  productVersion: string;
  /** Vigil's public address, for links back to the finding. */
  baseUrl: string;
  /** The check's remediation and framework mappings, when the catalogue knows the check. */
  check?: { remediation: { console: string[]; cli: string; terraform: string }; compliance: { framework: string; requirement: string }[] } | null;
  resourceName?: string;
}

export function toOcsfFinding(finding: ExportedFinding, context: ExportContext) {
  const closed = finding.status === "resolved";
  const activityId = closed ? 3 : 1;
  const [statusId, status] = STATUS[finding.status];
  const lastSeen = Date.parse(finding.lastSeen);
  const firstSeen = Date.parse(finding.firstSeen);
  const url = `${context.baseUrl}/findings/${finding.id}`;
  const target = { arn: finding.resourceArn, name: context.resourceName ?? finding.resourceArn, type: finding.resourceType, region: finding.region, accountId: finding.accountId };
  return {
    activity_id: activityId,
    activity_name: closed ? "Close" : "Create",
    category_uid: 2,
    category_name: "Findings",
    class_uid: 2004,
    class_name: "Detection Finding",
    type_uid: 2004_00 + activityId,
    type_name: `Detection Finding: ${closed ? "Close" : "Create"}`,
    severity_id: SEVERITY_ID[finding.severity],
    severity: SEVERITY_NAME[finding.severity],
    status_id: statusId,
    status,
    time: lastSeen,
    start_time: firstSeen,
    end_time: lastSeen,
    message: finding.reason ?? finding.title,
    is_alert: !closed,
    metadata: {
      version: OCSF_VERSION,
      uid: finding.id,
      event_code: finding.checkId,
      profiles: ["cloud"],
      product: { name: "Vigil", vendor_name: "Vigil", uid: "vigil", version: context.productVersion },
    },
    finding_info: {
      uid: finding.id,
      title: finding.title,
      desc: finding.reason ?? finding.title,
      types: [finding.service],
      src_url: url,
      created_time: firstSeen,
      first_seen_time: firstSeen,
      last_seen_time: lastSeen,
      analytic: { uid: finding.checkId, name: finding.checkId, type_id: 1, type: "Rule" },
    },
    cloud: { provider: "AWS", region: finding.region, account: { uid: finding.accountId, type_id: 10, type: "AWS Account" } },
    resources: [
      {
        uid: finding.resourceArn,
        name: context.resourceName ?? finding.resourceArn,
        type: finding.resourceType,
        region: finding.region,
        cloud_partition: finding.resourceArn.split(":")[1] ?? "aws",
        group: { name: finding.service },
      },
    ],
    ...(context.check
      ? {
          remediation: {
            desc: fillRemediation(context.check.remediation.console.join(" "), target).text,
            references: [fillRemediation(context.check.remediation.cli, target).text].filter(Boolean),
          },
        }
      : {}),
    unmapped: {
      check_id: finding.checkId,
      due_at: finding.dueAt,
      resolved_at: finding.resolvedAt,
      compliance: context.check?.compliance.map((mapping) => `${mapping.framework}:${mapping.requirement}`) ?? [],
    },
  };
}

export type OcsfDetectionFinding = ReturnType<typeof toOcsfFinding>;
