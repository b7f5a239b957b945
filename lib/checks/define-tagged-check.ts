import type { CheckDefinition, ComplianceMapping, Remediation } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import type { ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";

interface Definition {
  id: string;
  /** "IAM roles", "Lambda functions" */
  plural: string;
  service: ServiceName;
  resourceType: string;
  compliance: ComplianceMapping[];
  remediation: Remediation;
  /** Configuration keys (and the APIs that fill them) the tags come from. */
  needs: Record<string, readonly string[]>;
  /** The resource's tags in whatever shape the collector stored them. */
  tagsOf(resource: ResourceRecord): unknown;
  /** A reason when the resource cannot carry tags of its own (service-linked roles). */
  exempt?(resource: ResourceRecord): string | null;
}

/**
 * "The resource has tags": AWS's tagging controls (FSBP IAM.23-IAM.25, Lambda.6) with no required keys, which fail
 * only when a resource has no tag at all. System tags (aws:...) are AWS's own and do not count.
 */
export function defineTaggedCheck(d: Definition): CheckDefinition {
  return {
    id: d.id,
    title: `${d.plural} are tagged`,
    service: d.service,
    resourceType: d.resourceType,
    severity: "low",
    rationale:
      "Tags say who owns a resource and what it is for. During an incident, an untagged role, user or function is one nobody can answer for, and tag-based access control (aws:ResourceTag conditions) cannot reach it.",
    remediation: d.remediation,
    compliance: d.compliance,
    evaluate(resource) {
      const missing = requireData(resource, d.needs);
      if (missing) return missing;
      const exempt = d.exempt?.(resource);
      if (exempt) return { status: "not_applicable", reason: exempt };
      const keys = tagKeys(d.tagsOf(resource)).filter((k) => !k.toLowerCase().startsWith("aws:"));
      return keys.length > 0
        ? { status: "pass", reason: `Tagged with ${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ` and ${keys.length - 5} more` : ""}.`, evidence: { tagKeys: keys } }
        : { status: "fail", reason: "The resource has no tags of its own (system tags starting with aws: do not count)." };
    },
  };
}

/** Tag keys from either shape AWS uses: [{ Key, Value }] (IAM, S3) or { key: value } (Lambda, Access Analyzer). */
function tagKeys(tags: unknown): string[] {
  if (Array.isArray(tags)) return tags.flatMap((t) => (t && typeof t === "object" && typeof (t as { Key?: unknown }).Key === "string" ? [(t as { Key: string }).Key] : []));
  if (tags && typeof tags === "object") return Object.keys(tags);
  return [];
}
