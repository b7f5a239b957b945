import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

export const lambdaLayerNotPublic: CheckDefinition = {
  id: "lambda_layer_not_public",
  title: "Lambda layer versions are not shared with every AWS account",
  service: "lambda",
  resourceType: "AWS::Lambda::LayerVersion",
  severity: "high",
  rationale: "A layer shared with \"*\" lets any AWS account download its code, which often bundles internal libraries, configuration or credentials.",
  remediation: {
    console: ["Layer permissions have no console editor; use the CLI.", "Remove the statement that grants lambda:GetLayerVersion to \"*\" and grant named accounts or your organization instead."],
    cli: "aws lambda get-layer-version-policy --layer-name <layer-name> --version-number <version>\naws lambda remove-layer-version-permission --layer-name <layer-name> --version-number <version> --statement-id <statement-id>\naws lambda add-layer-version-permission --layer-name <layer-name> --version-number <version> --statement-id org --action lambda:GetLayerVersion --principal '*' --organization-id <org-id>",
    terraform: 'resource "aws_lambda_layer_version_permission" "this" {\n  layer_name      = "<layer-name>"\n  version_number  = <version>\n  statement_id    = "org"\n  action          = "lambda:GetLayerVersion"\n  principal       = "*"\n  organization_id = "<org-id>"\n}',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.21" },
    { framework: "nist-800-53-r5", requirement: "AC-3" },
  ],
  evaluate(resource, { inventory }) {
    // Layers of other accounts that functions here use are collected too; their sharing is their owner's business.
    const owner = resource.configuration.LayerAccountId as string | undefined;
    if (resource.configuration.CrossAccount === true || (owner !== undefined && owner !== (resource.accountId || inventory.accountId))) {
      return { status: "not_applicable", reason: `The layer belongs to account ${owner ?? "another account"}; see lambda_function_no_cross_account_layers.` };
    }
    const missing = requireData(resource, { Policy: ["GetLayerVersionPolicy"] });
    if (missing) return missing;
    if (!resource.configuration.Policy) return { status: "pass", reason: "The layer version is not shared." };
    const access = classifyResourcePolicy(resource.configuration.Policy, { accountId: resource.accountId || inventory.accountId, service: "lambda" });
    const open = access.grants.filter((g) => g.scope === "public");
    return open.length === 0
      ? { status: "pass", reason: `The layer version is shared only with ${access.exposure === "none" ? "nobody" : `${access.exposure} principals`}.` }
      : { status: "fail", reason: "Every AWS account can download this layer version.", evidence: { exposure: "public", grants: open } };
  },
};
