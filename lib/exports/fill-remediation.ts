/**
 * Fills a check's remediation text (console steps, AWS CLI, Terraform) with the finding's own resource:
 * <bucket-name>, <role-name>, <function-name>, <key-id>, <account-id>, <region>, ... come from the ARN,
 * name, region and account. Placeholders only a person can answer (<other-account-id>, <kms-key-arn>)
 * stay as they are and are listed, so nobody runs a command with a hole in it. Pure; Vigil only shows
 * the commands, it never runs them.
 */

export interface RemediationTarget {
  arn: string;
  name: string;
  type: string;
  region: string;
  accountId: string;
}

export interface FilledRemediation {
  text: string;
  /** Placeholders left for a person to fill in, in order of first appearance. */
  unresolved: string[];
}

/** Which placeholder the resource's own name answers, by resource type. */
const NAME_PLACEHOLDER: Record<string, string> = {
  "AWS::S3::Bucket": "bucket-name",
  "AWS::S3::AccessPoint": "access-point-name",
  "AWS::Lambda::Function": "function-name",
  "AWS::Lambda::LayerVersion": "layer-name",
  "AWS::IAM::Role": "role-name",
  "AWS::IAM::User": "user-name",
  "AWS::IAM::Group": "group-name",
  "AWS::IAM::ManagedPolicy": "policy-name",
  "AWS::IAM::ServerCertificate": "certificate-name",
  "AWS::IAM::SAMLProvider": "provider-name",
  "AWS::AccessAnalyzer::Analyzer": "analyzer-name",
};

export function remediationValues(target: RemediationTarget): Record<string, string> {
  const parts = target.arn.split(":");
  const values: Record<string, string> = { "account-id": target.accountId, "resource-arn": target.arn };
  // IAM and account-wide resources live in "global"; the CLI still wants a real region there, so leave it to the reader.
  if (target.region && target.region !== "global") values.region = target.region;
  const placeholder = NAME_PLACEHOLDER[target.type];
  if (placeholder) values[placeholder] = resourceName(target, parts);
  if (target.type === "AWS::IAM::ManagedPolicy") values["policy-arn"] = target.arn;
  if (target.type === "AWS::IAM::OIDCProvider") values["oidc-provider-arn"] = target.arn;
  if (target.type === "AWS::KMS::Key") {
    values["key-id"] = (parts[5] ?? "").replace(/^key\//, "") || target.name;
    values["kms-key-arn"] = target.arn;
  }
  if (target.type === "AWS::Lambda::LayerVersion" && parts[7]) values.version = parts[7];
  return values;
}

export function fillRemediation(text: string, target: RemediationTarget): FilledRemediation {
  const values = remediationValues(target);
  const unresolved: string[] = [];
  const filled = text.replace(/<([a-z][a-z0-9-]*)>/g, (placeholder, key: string) => {
    const value = values[key];
    if (value !== undefined) return value;
    if (!unresolved.includes(placeholder)) unresolved.push(placeholder);
    return placeholder;
  });
  return { text: filled, unresolved };
}

function resourceName(target: RemediationTarget, parts: string[]): string {
  const resource = parts.slice(5).join(":");
  switch (target.type) {
    case "AWS::S3::Bucket":
      return resource || target.name;
    case "AWS::Lambda::Function":
    case "AWS::Lambda::LayerVersion":
      return parts[6] ?? target.name;
    default:
      // role/path/name, user/name, accesspoint/name, analyzer/name, server-certificate/path/name
      return resource.includes("/") ? resource.slice(resource.lastIndexOf("/") + 1) : target.name;
  }
}

/** The whole remediation of a check (console steps, CLI, Terraform) filled for one resource, for the finding page. */
export function fillCheckRemediation(
  remediation: { console: string[]; cli: string; terraform: string },
  target: RemediationTarget,
): { console: string[]; cli: string; terraform: string; unresolved: string[] } {
  const steps = remediation.console.map((step) => fillRemediation(step, target));
  const cli = fillRemediation(remediation.cli, target);
  const terraform = fillRemediation(remediation.terraform, target);
  const unresolved = [...new Set([...steps.flatMap((step) => step.unresolved), ...cli.unresolved, ...terraform.unresolved])];
  return { console: steps.map((step) => step.text), cli: cli.text, terraform: terraform.text, unresolved };
}
