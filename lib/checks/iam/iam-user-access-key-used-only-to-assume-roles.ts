import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { AccessKey } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

/** Services a long-lived key may call to obtain temporary credentials (or manage itself). */
const CREDENTIAL_SERVICES = new Set(["sts", "iam"]);

type KeyWithUse = AccessKey & { LastUsedService?: string | null; LastUsedRegion?: string | null };

export const iamUserAccessKeyUsedOnlyToAssumeRoles: CheckDefinition = {
  id: "iam_user_access_key_used_only_to_assume_roles",
  title: "IAM users' access keys are used only to obtain temporary credentials, not to call services directly",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "medium",
  rationale:
    "An access key that calls S3, Lambda or KMS directly is a permanent credential doing everyday work: stolen, it works from anywhere until someone notices. Keys that only call STS (to assume a role, with MFA where possible) hand out credentials that expire. AWS reports only the service each key called last, so a key that last called STS passes even if it called other services before; Prowler reads the user's service history instead, which cannot tell key use from console use.",
  remediation: {
    console: [
      "Open the IAM console > Users and choose <user-name>; on Security credentials, the access key's Last used shows the service it called.",
      "Create a role with the permissions the workload needs, let the user only assume it (sts:AssumeRole), and move the workload to the role's temporary credentials (AWS CLI profiles with role_arn, or IAM Identity Center).",
    ],
    cli: "aws iam get-access-key-last-used --access-key-id <access-key-id>\naws configure set profile.<profile>.role_arn <role-arn>\naws configure set profile.<profile>.source_profile <user-profile>",
    terraform: 'resource "aws_iam_role" "workload" {\n  name               = "<role-name>"\n  assume_role_policy = data.aws_iam_policy_document.trust_user.json # trusts arn:aws:iam::<account-id>:user/<user-name>\n}',
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "IA-5" }],
  evaluate(resource) {
    const missing = requireData(resource, { AccessKeys: ["ListAccessKeys", "GetAccessKeyLastUsed"] });
    if (missing) return missing;
    const keys = ((resource.configuration.AccessKeys as KeyWithUse[] | null) ?? []).filter((k) => k.Status === "Active");
    if (keys.length === 0) return { status: "not_applicable", reason: "The user has no active access keys." };
    const direct = keys.filter((k) => {
      const service = (k.LastUsedService ?? "").toLowerCase();
      return service !== "" && service !== "n/a" && !CREDENTIAL_SERVICES.has(service);
    });
    if (direct.length === 0) return { status: "pass", reason: "No active access key last called a service other than STS or IAM (or the key was never used)." };
    return {
      status: "fail",
      reason: direct.map((k) => `${k.AccessKeyId} last called ${k.LastUsedService}${k.LastUsedDate ? ` on ${k.LastUsedDate.slice(0, 10)}` : ""}`).join("; ") + ".",
      evidence: direct.map((k) => ({ AccessKeyId: k.AccessKeyId, LastUsedService: k.LastUsedService, LastUsedDate: k.LastUsedDate ?? null, LastUsedRegion: k.LastUsedRegion ?? null })),
    };
  },
};
