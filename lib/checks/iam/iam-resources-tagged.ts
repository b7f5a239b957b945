import type { ComplianceMapping } from "@/lib/checks/check-definition";
import { defineTaggedCheck } from "@/lib/checks/define-tagged-check";

const fsbp = (requirement: string): ComplianceMapping[] => [{ framework: "aws-fsbp", requirement }];
const detail = (config: Record<string, unknown>, key: string) => (config[key] ?? {}) as { Tags?: unknown; Path?: string; tags?: unknown };

export const iamRoleTagged = defineTaggedCheck({
  id: "iam_role_tagged",
  plural: "IAM roles",
  service: "iam",
  resourceType: "AWS::IAM::Role",
  compliance: fsbp("IAM.24"),
  needs: { Role: ["GetAccountAuthorizationDetails"] },
  tagsOf: (r) => detail(r.configuration, "Role").Tags,
  exempt: (r) => (/^\/aws-(service-role|reserved)\//.test(detail(r.configuration, "Role").Path ?? "") ? "Service-linked and AWS-reserved roles are created and managed by AWS." : null),
  remediation: {
    console: ["Open the IAM console > Roles and choose <role-name>.", "On the Tags tab choose Manage tags, add owner and purpose tags (e.g. owner = <team>), and save."],
    cli: "aws iam tag-role --role-name <role-name> --tags Key=owner,Value=<team>",
    terraform: 'resource "aws_iam_role" "this" {\n  name = "<role-name>"\n  # ...\n  tags = { owner = "<team>" }\n}',
  },
});

export const iamUserTagged = defineTaggedCheck({
  id: "iam_user_tagged",
  plural: "IAM users",
  service: "iam",
  resourceType: "AWS::IAM::User",
  compliance: fsbp("IAM.25"),
  needs: { User: ["GetAccountAuthorizationDetails"] },
  tagsOf: (r) => detail(r.configuration, "User").Tags,
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On the Tags tab choose Manage tags, add owner and purpose tags, and save."],
    cli: "aws iam tag-user --user-name <user-name> --tags Key=owner,Value=<team>",
    terraform: 'resource "aws_iam_user" "this" {\n  name = "<user-name>"\n  tags = { owner = "<team>" }\n}',
  },
});

export const iamAccessAnalyzerTagged = defineTaggedCheck({
  id: "iam_access_analyzer_tagged",
  plural: "IAM Access Analyzer analyzers",
  service: "iam",
  resourceType: "AWS::AccessAnalyzer::Analyzer",
  compliance: fsbp("IAM.23"),
  needs: { Analyzer: ["ListAnalyzers"] },
  tagsOf: (r) => detail(r.configuration, "Analyzer").tags,
  remediation: {
    console: ["Open the IAM console > Access analyzer > Analyzer settings in <region> and choose <analyzer-name>.", "Choose Manage tags, add owner and purpose tags, and save."],
    cli: "aws accessanalyzer tag-resource --resource-arn <analyzer-arn> --tags owner=<team> --region <region>",
    terraform: 'resource "aws_accessanalyzer_analyzer" "this" {\n  analyzer_name = "<analyzer-name>"\n  tags          = { owner = "<team>" }\n}',
  },
});
