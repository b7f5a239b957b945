import { paginateGetAccountAuthorizationDetails, type GroupDetail, type RoleDetail, type UserDetail } from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { decodeManagedPolicy } from "@/collectors/iam/decode-authorization-details";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/**
 * Pages through GetAccountAuthorizationDetails: managed policies are emitted as they arrive,
 * roles are yielded as they arrive (their last-access jobs start while later pages load), and
 * users and groups are gathered into `into`: they are completed with data from other calls
 * (credential report, group members) once the listing is whole.
 */
export async function* listAuthorizationDetails(
  context: CollectContext,
  into: { users: UserDetail[]; groups: GroupDetail[] },
): AsyncGenerator<RoleDetail> {
  const client = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  try {
    for await (const page of paginateGetAccountAuthorizationDetails({ client }, {})) {
      into.users.push(...(page.UserDetailList ?? []));
      into.groups.push(...(page.GroupDetailList ?? []));
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
      yield* page.RoleDetailList ?? [];
    }
  } catch (error) {
    recordInventoryGap(context, { service: "iam", region: GLOBAL_REGION, api: "GetAccountAuthorizationDetails" }, error);
  }
}
