import {
  GetOpenIDConnectProviderCommand,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  paginateListServerCertificates,
} from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { NO_SUCH_ENTITY } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { ResourceDetails, ResourceGoneError } from "@/collectors/core/read-resource-details";
import { recordInventoryGap } from "@/collectors/core/record-gap";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

const where = { service: "iam" as const, region: GLOBAL_REGION };

/** SAML and OIDC identity providers and server certificates. */
export async function collectIdentityProviders(context: CollectContext): Promise<void> {
  const iam = context.clients.client("iam", GLOBAL_SERVICE_REGION);

  try {
    const { SAMLProviderList } = await iam.send(new ListSAMLProvidersCommand({}));
    for (const { Arn, ValidUntil, CreateDate } of SAMLProviderList ?? []) {
      if (!Arn) continue;
      const name = Arn.split("/").pop() ?? Arn;
      await emitResource(context, { arn: Arn, ...where, type: "AWS::IAM::SAMLProvider", name, configuration: { Provider: { Arn, ValidUntil, CreateDate } } });
    }
  } catch (error) {
    recordInventoryGap(context, { ...where, api: "ListSAMLProviders" }, error);
  }

  try {
    const { OpenIDConnectProviderList } = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    for (const { Arn } of OpenIDConnectProviderList ?? []) {
      if (!Arn) continue;
      const details = new ResourceDetails(context, { ...where, resourceArn: Arn, goneCodes: NO_SUCH_ENTITY });
      try {
        await details.read("Provider", "GetOpenIDConnectProvider", async () => {
          const { Url, ClientIDList, ThumbprintList, CreateDate } = await iam.send(
            new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: Arn }),
          );
          return { Url, ClientIDList, ThumbprintList, CreateDate };
        });
      } catch (error) {
        if (error instanceof ResourceGoneError) continue;
        throw error;
      }
      const name = Arn.split(":oidc-provider/").pop() ?? Arn;
      await emitResource(context, { arn: Arn, ...where, type: "AWS::IAM::OIDCProvider", name, configuration: details.complete() });
    }
  } catch (error) {
    recordInventoryGap(context, { ...where, api: "ListOpenIDConnectProviders" }, error);
  }

  try {
    for await (const page of paginateListServerCertificates({ client: iam }, {})) {
      for (const metadata of page.ServerCertificateMetadataList ?? []) {
        if (!metadata.Arn) continue;
        await emitResource(context, {
          arn: metadata.Arn,
          ...where,
          type: "AWS::IAM::ServerCertificate",
          name: metadata.ServerCertificateName ?? metadata.Arn,
          configuration: { ServerCertificateMetadata: metadata },
        });
      }
    }
  } catch (error) {
    recordInventoryGap(context, { ...where, api: "ListServerCertificates" }, error);
  }
}
