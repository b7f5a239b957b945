import { paginateGetAccountAuthorizationDetails, type GroupDetail, type UserDetail } from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { decodeManagedPolicy, decodeRoleDetail } from "@/collectors/iam/decode-authorization-details";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/**
 * Pages through GetAccountAuthorizationDetails, streaming roles and managed policies as they
 * arrive. Users and groups are returned instead: they are completed with data from other calls
 * (credential report, group members) before being emitted.
 */
export async function collectAuthorizationDetails(
  context: CollectContext,
): Promise<{ users: UserDetail[]; groups: GroupDetail[] }> {
  const users: UserDetail[] = [];
  const groups: GroupDetail[] = [];
  const client = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  try {
    for await (const page of paginateGetAccountAuthorizationDetails({ client }, {})) {
      users.push(...(page.UserDetailList ?? []));
      groups.push(...(page.GroupDetailList ?? []));
      for (const role of page.RoleDetailList ?? []) {
        if (!role.Arn) continue;
        await emitResource(context, {
          arn: role.Arn,
          region: GLOBAL_REGION,
          service: "iam",
          type: "AWS::IAM::Role",
          name: role.RoleName ?? role.Arn,
          configuration: { Role: decodeRoleDetail(role) },
        });
      }
      for (const policy of page.Policies ?? []) {
        if (!policy.Arn) continue;
        await emitResource(context, {
          arn: policy.Arn,
          region: GLOBAL_REGION,
          service: "iam",
          type: "AWS::IAM::ManagedPolicy",
          name: policy.PolicyName ?? policy.Arn,
          configuration: { Policy: decodeManagedPolicy(policy), AwsManaged: policy.Arn.includes(":iam::aws:policy/") },
        });
      }
    }
  } catch (error) {
    recordInventoryGap(context, { service: "iam", region: GLOBAL_REGION, api: "GetAccountAuthorizationDetails" }, error);
  }
  return { users, groups };
}
