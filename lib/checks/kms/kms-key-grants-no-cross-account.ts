import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

interface GrantEntry {
  GrantId?: string;
  GranteePrincipal?: string;
  Operations?: string[];
}

export const kmsKeyGrantsNoCrossAccount: CheckDefinition = {
  id: "kms_key_grants_no_cross_account",
  title: "KMS key grants do not give other AWS accounts use of the key",
  service: "kms",
  resourceType: "AWS::KMS::Key",
  severity: "medium",
  rationale: "Grants are a second permission system next to the key policy: a grant to a principal in another account gives it use of the key without appearing in the key policy.",
  remediation: {
    console: ["Grants have no console page; use the CLI.", "List the key's grants and retire or revoke those whose grantee is in <other-account-id>."],
    cli: "aws kms list-grants --key-id <key-id>\naws kms revoke-grant --key-id <key-id> --grant-id <grant-id>",
    terraform: "# Remove the aws_kms_grant resource for <grant-id> (grantee in <other-account-id>).",
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "AC-3" }],
  evaluate(resource) {
    const missing = requireData(resource, { Grants: ["ListGrants"] });
    if (missing) return missing;
    const grants = (resource.configuration.Grants as GrantEntry[] | null) ?? [];
    if (grants.length === 0) return { status: "not_applicable", reason: "The key has no grants." };
    const foreign = grants.filter((g) => {
      const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(g.GranteePrincipal ?? "")?.[1];
      return account !== undefined && account !== resource.accountId;
    });
    return foreign.length === 0
      ? { status: "pass", reason: `All ${grants.length} grant(s) go to principals of this account or AWS services.` }
      : {
          status: "fail",
          reason: `Grant(s) give ${foreign.map((g) => g.GranteePrincipal).join(", ")} use of this key.`,
          evidence: { exposure: "cross-account", grants: foreign },
        };
  },
};
