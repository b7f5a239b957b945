/** The finding as notifications, tickets and exports describe it, with a link back to Vigil. */
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import type { NotifiedFinding } from "./notification-event";

export interface FindingLike {
  id: string;
  checkId: string;
  title: string;
  severity: NotifiedFinding["severity"];
  status: string;
  accountId: string;
  region: string;
  service: string;
  resourceArn: string;
  resourceType: string;
  evidence: unknown;
  firstSeenAt: Date;
}

export function findingUrl(findingId: string, baseUrl: string = publicBaseUrl()): string {
  return `${baseUrl}/findings/${findingId}`;
}

export function toNotifiedFinding(finding: FindingLike, baseUrl: string = publicBaseUrl()): NotifiedFinding {
  const reason = (finding.evidence as { reason?: unknown } | null)?.reason;
  return {
    id: finding.id,
    checkId: finding.checkId,
    title: finding.title,
    severity: finding.severity,
    status: finding.status,
    accountId: finding.accountId,
    region: finding.region,
    service: finding.service,
    resourceArn: finding.resourceArn,
    resourceType: finding.resourceType,
    reason: typeof reason === "string" ? reason : null,
    firstSeenAt: finding.firstSeenAt.toISOString(),
    url: findingUrl(finding.id, baseUrl),
  };
}
