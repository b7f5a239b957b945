import type { CheckDefinition, Verdict } from "@/lib/checks/check-definition";
import type { AccessKind } from "@/lib/checks/s3/find-public-bucket-access";
import { describeAclGrant, findPublicBucketAccess } from "@/lib/checks/s3/find-public-bucket-access";

type Definition = Omit<CheckDefinition, "evaluate" | "service" | "resourceType"> & { kind: AccessKind };

/** Public read and public write share their logic; only the access kind differs. */
export function definePublicBucketCheck({ kind, ...rest }: Definition): CheckDefinition {
  return {
    ...rest,
    service: "s3",
    resourceType: "AWS::S3::Bucket",
    evaluate(resource, { inventory }): Verdict {
      const access = findPublicBucketAccess(resource, inventory, kind);
      if ("status" in access) return access;
      const sources = [
        ...access.policyGrants.map((g) => `the bucket policy (statement ${g.sid ?? g.statementIndex + 1}: ${g.actions.slice(0, 3).join(", ")}${g.actions.length > 3 ? ", ..." : ""})`),
        ...access.aclGrants.map((g) => `the ACL grant to ${describeAclGrant(g)}`),
      ];
      if (sources.length > 0) {
        return {
          status: "fail",
          reason: `Anyone on the internet can ${kind} this bucket through ${sources.join(" and ")}.`,
          evidence: { exposure: "public", policyGrants: access.policyGrants, aclGrants: access.aclGrants },
        };
      }
      const note = access.neutralised.length > 0 ? ` Public grants exist in the ${access.neutralised.join(" and ")} but are blocked.` : "";
      return { status: "pass", reason: `Nobody outside the named principals can ${kind} this bucket.${note}`, evidence: access.neutralised.length > 0 ? { neutralised: access.neutralised } : undefined };
    },
  };
}
