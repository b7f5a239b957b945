import type { PolicyJson } from "@/lib/iam/suggestions/narrow-policy";

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const quote = (s: string) => JSON.stringify(s).replace(/\$\{/g, "$$${");
const array = (values: string[], indent: string) => `[\n${values.map((v) => `${indent}  ${quote(v)},`).join("\n")}\n${indent}]`;

/** Renders a policy as a Terraform aws_iam_policy_document data source and the aws_iam_policy that uses it. */
export function renderTerraform(policy: PolicyJson, name: string): string {
  const id = name.replace(/[^A-Za-z0-9_]/g, "_").replace(/^([0-9])/, "_$1");
  const statements = policy.Statement.map((s) => {
    const lines = [`  statement {`];
    if (s.Sid) lines.push(`    sid    = ${quote(s.Sid)}`);
    lines.push(`    effect = ${quote(s.Effect)}`);
    if (s.Action) lines.push(`    actions = ${array(list(s.Action), "    ")}`);
    if (s.NotAction) lines.push(`    not_actions = ${array(list(s.NotAction), "    ")}`);
    if (s.Resource) lines.push(`    resources = ${array(list(s.Resource), "    ")}`);
    if (s.NotResource) lines.push(`    not_resources = ${array(list(s.NotResource), "    ")}`);
    for (const [test, keys] of Object.entries(s.Condition ?? {})) {
      for (const [variable, values] of Object.entries(keys)) {
        lines.push(`    condition {`, `      test     = ${quote(test)}`, `      variable = ${quote(variable)}`, `      values   = ${array(values, "      ")}`, `    }`);
      }
    }
    lines.push(`  }`);
    return lines.join("\n");
  });
  return [
    `data "aws_iam_policy_document" "${id}" {`,
    statements.join("\n\n"),
    `}`,
    ``,
    `resource "aws_iam_policy" "${id}" {`,
    `  name   = ${quote(name)}`,
    `  policy = data.aws_iam_policy_document.${id}.json`,
    `}`,
    ``,
  ].join("\n");
}
