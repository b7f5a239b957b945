import type { GroupDetail, RoleDetail, UserDetail } from "@aws-sdk/client-iam";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { forEachBounded } from "@/collectors/core/for-each-bounded";
import { collectAccountSettings } from "@/collectors/iam/collect-account-settings";
import { listAuthorizationDetails } from "@/collectors/iam/collect-authorization-details";
import { collectIdentityProviders } from "@/collectors/iam/collect-identity-providers";
import { collectRole } from "@/collectors/iam/collect-role";
import { collectUser } from "@/collectors/iam/collect-user";
import { decodeGroup } from "@/collectors/iam/decode-authorization-details";
import { fetchCredentialReport, type CredentialReport } from "@/collectors/iam/fetch-credential-report";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

type Principal = { role: RoleDetail } | { user: UserDetail; report: CredentialReport };

async function emitGroups(context: CollectContext, users: UserDetail[], groups: GroupDetail[]): Promise<void> {
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
}

/**
 * Every IAM resource of the account (IAM is global: collected once per scan). Users and roles each
 * wait on a last-access job, so many run at once (`principalConcurrency`), paced by IAM's rate
 * gate: roles start as their listing pages arrive, users once the credential report is in.
 */
export async function collectIam(context: CollectContext): Promise<void> {
  context.sink.progress({ service: "iam", region: GLOBAL_REGION, done: false });
  const reportRead = fetchCredentialReport(context);
  const listed = { users: [] as UserDetail[], groups: [] as GroupDetail[] };
  async function* principals(): AsyncGenerator<Principal> {
    for await (const role of listAuthorizationDetails(context, listed)) yield { role };
    await emitGroups(context, listed.users, listed.groups);
    const report = await reportRead;
    for (const user of listed.users) yield { user, report };
  }
  await Promise.all([
    forEachBounded(principals(), context.principalConcurrency, (principal) =>
      "role" in principal ? collectRole(context, principal.role) : collectUser(context, principal.user, principal.report),
    ),
    reportRead.then((report) => collectAccountSettings(context, report)),
    collectIdentityProviders(context),
  ]);
  context.sink.progress({ service: "iam", region: GLOBAL_REGION, done: true });
}
