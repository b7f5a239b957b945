import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { collectAccountSettings } from "@/collectors/iam/collect-account-settings";
import { collectAuthorizationDetails } from "@/collectors/iam/collect-authorization-details";
import { collectIdentityProviders } from "@/collectors/iam/collect-identity-providers";
import { collectUser } from "@/collectors/iam/collect-user";
import { decodeGroup } from "@/collectors/iam/decode-authorization-details";
import { fetchCredentialReport } from "@/collectors/iam/fetch-credential-report";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** Every IAM resource of the account (IAM is global: collected once per scan). */
export async function collectIam(context: CollectContext): Promise<void> {
  context.sink.progress({ service: "iam", region: GLOBAL_REGION, done: false });
  const [report, { users, groups }] = await Promise.all([fetchCredentialReport(context), collectAuthorizationDetails(context)]);

  const members = new Map<string, string[]>();
  for (const user of users) {
    for (const group of user.GroupList ?? []) members.set(group, [...(members.get(group) ?? []), user.UserName ?? ""]);
  }
  for (const group of groups) {
    if (!group.Arn || !group.GroupName) continue;
    await emitResource(context, {
      arn: group.Arn,
      region: GLOBAL_REGION,
      service: "iam",
      type: "AWS::IAM::Group",
      name: group.GroupName,
      configuration: { Group: decodeGroup(group), Members: members.get(group.GroupName) ?? [] },
    });
  }

  await Promise.all([
    forEachBounded(users, context.resourceConcurrency, (user) => collectUser(context, user, report)),
    collectAccountSettings(context, report),
    collectIdentityProviders(context),
  ]);
  context.sink.progress({ service: "iam", region: GLOBAL_REGION, done: true });
}
