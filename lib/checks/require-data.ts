import type { Verdict } from "@/lib/checks/check-definition";
import type { ResourceRecord } from "@/lib/inventory/resource-record";

/**
 * Returns an "unknown" verdict when any configuration key a check needs could not be collected:
 * the key is absent, or one of the APIs that feed it is listed in `_errors`. Returns null when all is there.
 * `needs` maps configuration keys to the API operations that fill them.
 */
export function requireData(resource: ResourceRecord, needs: Record<string, readonly string[]>): Verdict | null {
  const errors = resource.configuration._errors ?? {};
  for (const [key, apis] of Object.entries(needs)) {
    const failed = apis.find((api) => api in errors);
    if (failed) {
      return { status: "unknown", reason: `Vigil could not read ${failed} for this resource (${errors[failed]}).`, evidence: { _errors: errors } };
    }
    if (!(key in resource.configuration)) {
      return { status: "unknown", reason: `The collector did not record ${key} for this resource.` };
    }
  }
  return null;
}
