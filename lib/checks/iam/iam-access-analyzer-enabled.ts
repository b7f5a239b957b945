import type { CheckDefinition } from "@/lib/checks/check-definition";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

export const iamAccessAnalyzerEnabled: CheckDefinition = {
  id: "iam_access_analyzer_enabled",
  title: "IAM Access Analyzer is active in every region in use",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "low",
  rationale: "Access Analyzer continuously reports resources shared outside the account or organization, catching exposures between Vigil's scans.",
  remediation: {
    console: ["Open the IAM console > Access analyzer in region <region>.", "Choose Create analyzer, zone of trust: current account (or organization)."],
    cli: "aws accessanalyzer create-analyzer --analyzer-name <analyzer-name> --type ACCOUNT --region <region>",
    terraform: 'resource "aws_accessanalyzer_analyzer" "this" {\n  analyzer_name = "<analyzer-name>"\n  type          = "ACCOUNT"\n}',
  },
  compliance: [
    { framework: "aws-fsbp", requirement: "IAM.28" },
    { framework: "cis-aws-7.0", requirement: "2.18" },
    { framework: "cis-aws-5.0", requirement: "1.19" },
    { framework: "nist-800-53-r5", requirement: "CA-7" },
  ],
  evaluate(_resource, { inventory }) {
    const analyzers = inventory.byType("AWS::AccessAnalyzer::Analyzer");
    const active = new Set(
      analyzers.filter((a) => (a.configuration.Analyzer as { status?: string } | undefined)?.status === "ACTIVE").map((a) => a.region),
    );
    // Regions in use: every region holding a collected regional resource.
    const inUse = new Set(
      ["AWS::S3::Bucket", "AWS::Lambda::Function", "AWS::KMS::Key"].flatMap((t) => inventory.byType(t).map((r) => r.region)).filter((r) => r !== GLOBAL_REGION),
    );
    const uncovered = [...inUse].filter((r) => !active.has(r)).sort();
    if (active.size === 0) return { status: "fail", reason: "No active IAM Access Analyzer was found in any region.", evidence: { regionsInUse: [...inUse] } };
    return uncovered.length === 0
      ? { status: "pass", reason: `Active analyzers cover ${[...active].sort().join(", ")}.` }
      : { status: "fail", reason: `Regions in use without an active analyzer: ${uncovered.join(", ")}.`, evidence: { uncovered } };
  },
};
