import type { RoleDetail } from "@aws-sdk/client-iam";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import { decodeRoleDetail } from "@/collectors/iam/decode-authorization-details";
import { lastAccessedFailedApi, readServiceLastAccessed } from "@/collectors/iam/read-service-last-accessed";
import { NO_SUCH_ENTITY } from "@/collectors/aws/error-code";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

/** One role from GetAccountAuthorizationDetails, completed with its service last access. */
export async function collectRole(context: CollectContext, role: RoleDetail): Promise<void> {
  if (!role.Arn) return;
  const arn = role.Arn;
  const details = new ResourceDetails(context, { service: "iam", region: GLOBAL_REGION, resourceArn: arn, goneCodes: NO_SUCH_ENTITY });
  details.set("Role", decodeRoleDetail(role));
  try {
    await details.read("ServiceLastAccessed", "GetServiceLastAccessedDetails", () => readServiceLastAccessed(context, arn), {
      failedApi: lastAccessedFailedApi,
    });
  } catch (error) {
    if (error instanceof ResourceGoneError) return;
    throw error;
  }
  await emitResource(context, { arn, region: GLOBAL_REGION, service: "iam", type: "AWS::IAM::Role", name: role.RoleName ?? arn, configuration: details.complete() });
}
