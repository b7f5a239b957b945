/**
 * A finding in the AWS Security Finding Format (ASFF 2018-10-08): one element of Security Hub's
 * BatchImportFindings `Findings` list. Pure; the schema in test/fixtures/schemas/asff-2018-10-08.schema.json checks it.
 */
import type { ExportedFinding } from "@/lib/findings/export-findings";
import { fillRemediation } from "./fill-remediation";
import type { ExportContext } from "./to-ocsf-finding";

const ASFF_TYPE: Record<string, string> = {
  "AWS::S3::Bucket": "AwsS3Bucket",
  "AWS::S3::AccessPoint": "AwsS3AccessPoint",
  "AWS::IAM::Role": "AwsIamRole",
  "AWS::IAM::User": "AwsIamUser",
  "AWS::IAM::Group": "AwsIamGroup",
  "AWS::IAM::ManagedPolicy": "AwsIamPolicy",
  "AWS::IAM::RootAccount": "AwsAccount",
  "AWS::Lambda::Function": "AwsLambdaFunction",
  "AWS::Lambda::LayerVersion": "AwsLambdaLayerVersion",
  "AWS::KMS::Key": "AwsKmsKey",
};
const WORKFLOW: Record<ExportedFinding["status"], string> = {
  open: "NEW", in_progress: "NOTIFIED", suppressed: "SUPPRESSED", risk_accepted: "SUPPRESSED", resolved: "RESOLVED",
};
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function toAsffFinding(finding: ExportedFinding, context: ExportContext & { homeRegion?: string }) {
  // Security Hub findings belong to a region; IAM and account-wide resources go to the home region.
  const region = finding.region === "global" ? (context.homeRegion ?? "us-east-1") : finding.region;
  const target = { arn: finding.resourceArn, name: context.resourceName ?? finding.resourceArn, type: finding.resourceType, region: finding.region, accountId: finding.accountId };
  const remediation = context.check ? fillRemediation(context.check.remediation.cli || context.check.remediation.console.join(" "), target).text : finding.title;
  const url = `${context.baseUrl}/findings/${finding.id}`;
  return {
    SchemaVersion: "2018-10-08",
    Id: `vigil/${finding.accountId}/${finding.id}`,
    ProductArn: `arn:aws:securityhub:${region}:${finding.accountId}:product/${finding.accountId}/default`,
    ProductName: "Vigil",
    CompanyName: "Vigil",
    GeneratorId: `vigil/${finding.checkId}`,
    AwsAccountId: finding.accountId,
    Region: region,
    Types: ["Software and Configuration Checks/AWS Security Best Practices"],
    CreatedAt: finding.firstSeen,
    UpdatedAt: finding.lastSeen,
    FirstObservedAt: finding.firstSeen,
    LastObservedAt: finding.lastSeen,
    Severity: { Label: finding.severity.toUpperCase(), Original: finding.severity },
    Title: clip(finding.title, 256),
    Description: clip(finding.reason ?? finding.title, 1024),
    Remediation: { Recommendation: { Text: clip(remediation, 512), Url: url } },
    SourceUrl: url,
    ProductFields: { "vigil/CheckId": finding.checkId, "vigil/FindingId": finding.id, "vigil/Status": finding.status },
    Resources: [
      {
        Type: ASFF_TYPE[finding.resourceType] ?? "Other",
        Id: finding.resourceArn,
        Partition: finding.resourceArn.split(":")[1] === "aws-cn" ? "aws-cn" : finding.resourceArn.split(":")[1] === "aws-us-gov" ? "aws-us-gov" : "aws",
        Region: region,
      },
    ],
    Compliance: {
      Status: finding.status === "resolved" ? "PASSED" : "FAILED",
      RelatedRequirements: (context.check?.compliance ?? []).slice(0, 32).map((mapping) => clip(`${mapping.framework} ${mapping.requirement}`, 256)),
    },
    Workflow: { Status: WORKFLOW[finding.status] },
    RecordState: finding.status === "resolved" ? "ARCHIVED" : "ACTIVE",
  };
}

export type AsffFinding = ReturnType<typeof toAsffFinding>;
