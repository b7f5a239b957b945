import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

/** arn:aws:lambda:<region>:<account>:layer:<name>:<version> */
const LAYER_ACCOUNT = /^arn:aws[\w-]*:lambda:[^:]*:(\d{12}):layer:/;

export const lambdaFunctionNoCrossAccountLayers: CheckDefinition = {
  id: "lambda_function_no_cross_account_layers",
  title: "Lambda functions use only layers published by their own account",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "low",
  rationale: "A layer's code runs inside the function with the function's role. A layer from another account is supply-chain code: its owner can publish new versions, and you depend on their review. Vendor layers you trust can be excluded by ARN pattern.",
  remediation: {
    console: ["Open the Lambda console, choose <function-name> > Code > Layers > Edit.", "Replace the external layer with a copy published in this account after review, or record the vendor layer as an exclusion in Vigil."],
    cli: "aws lambda publish-layer-version --layer-name <layer-name> --zip-file fileb://reviewed-layer.zip\naws lambda update-function-configuration --function-name <function-name> --layers <own-layer-version-arn>",
    terraform: 'resource "aws_lambda_function" "this" {\n  function_name = "<function-name>"\n  layers        = [aws_lambda_layer_version.reviewed.arn]\n  # ...\n}',
  },
  compliance: [{ framework: "pci-dss-4.0", requirement: "6.3.2" }],
  evaluate(resource, { inventory }) {
    const missing = requireData(resource, { Configuration: ["GetFunction", "ListFunctions"] });
    if (missing) return missing;
    const layers = (resource.configuration.Configuration as { Layers?: { Arn: string }[] | null }).Layers ?? [];
    if (layers.length === 0) return { status: "not_applicable", reason: "The function uses no layers." };
    const own = resource.accountId || inventory.accountId;
    const external = layers.filter((l) => {
      const account = LAYER_ACCOUNT.exec(l.Arn)?.[1];
      return account !== undefined && account !== own;
    });
    return external.length === 0
      ? { status: "pass", reason: `All ${layers.length} layer(s) belong to this account.` }
      : { status: "fail", reason: `Layer(s) from other accounts: ${external.map((l) => l.Arn).join(", ")}.`, evidence: { layers: external } };
  },
};
