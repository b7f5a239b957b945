import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const lambdaFunctionNoSecretsInEnvironment: CheckDefinition = {
  id: "lambda_function_no_secrets_in_environment",
  title: "Lambda environment variables hold no secrets",
  service: "lambda",
  resourceType: "AWS::Lambda::Function",
  severity: "high",
  rationale: "Environment variables are readable by anyone with lambda:GetFunctionConfiguration and are copied into logs and tooling; secrets belong in Secrets Manager or Parameter Store.",
  remediation: {
    console: [
      "Store the value in AWS Secrets Manager as <secret-name>.",
      "Open the Lambda console, choose <function-name> > Configuration > Environment variables, and remove the variable.",
      "Read the secret at runtime (for example with the AWS Parameters and Secrets Lambda Extension) and rotate the exposed value.",
    ],
    cli: "aws secretsmanager create-secret --name <secret-name> --secret-string '<secret-value>'\naws lambda update-function-configuration --function-name <function-name> --environment 'Variables={<remaining-variables>}'",
    terraform: 'resource "aws_secretsmanager_secret" "this" {\n  name = "<secret-name>"\n}\n# and remove the variable from aws_lambda_function.<function-name>.environment.variables',
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.3.2" },
  ],
  evaluate(resource, { settings }) {
    const missing = requireData(resource, { EnvironmentSecrets: ["GetFunction", "GetFunctionConfiguration"] });
    if (missing) return missing;
    // Values are judged by the collector (they are never stored); the account's patterns also apply to names here.
    const secrets = [...((resource.configuration.EnvironmentSecrets as { name: string; reason: string }[] | null) ?? [])];
    const names = (resource.configuration.Configuration as { Environment?: { VariableNames?: string[] } | null } | undefined)?.Environment?.VariableNames ?? [];
    for (const source of settings.secretPatterns) {
      const pattern = compile(source);
      for (const name of names) {
        if (pattern?.test(name) && !secrets.some((s) => s.name === name)) secrets.push({ name, reason: `name matches the account's pattern /${source}/` });
      }
    }
    return secrets.length === 0
      ? { status: "pass", reason: "No environment variable value looks like a secret." }
      : { status: "fail", reason: `Environment variable(s) ${secrets.map((s) => `${s.name} (${s.reason})`).join(", ")} look like secrets.`, evidence: secrets };
  },
};

function compile(source: string): RegExp | null {
  try {
    return new RegExp(source, "i");
  } catch {
    return null;
  }
}
