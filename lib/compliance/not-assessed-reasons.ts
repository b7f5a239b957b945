/**
 * Why Vigil does not assess a requirement that no check maps to. Vigil collects IAM, S3, Lambda and KMS;
 * everything else is named here with a reason rather than silently missing.
 */

const NOT_COLLECTED = (what: string) => `Needs ${what}, which Vigil does not collect (it covers IAM, S3, Lambda and KMS).`;

const CIS_AWS_7: Record<string, string> = {
  "2.1.1": NOT_COLLECTED("AWS Organizations settings"),
  "2.1.2": NOT_COLLECTED("AWS Organizations policies (SCPs, RCPs)"),
  "2.1.3": "Manual: whether the management account runs workloads is an organisational question.",
  "2.1.4": "Manual: how Organizational Units are structured is an organisational question.",
  "2.1.5": NOT_COLLECTED("AWS Organizations delegated administrators"),
  "2.1.6": NOT_COLLECTED("AWS Organizations delegated administrators"),
  "2.2": NOT_COLLECTED("the AWS Account contact details"),
  "2.3": NOT_COLLECTED("the AWS Account alternate contacts"),
  "2.16": NOT_COLLECTED("EC2 instances and instance profiles"),
  "2.19": "Manual: whether people sign in through a central identity provider cannot be read from IAM alone.",
  "3.1.3": NOT_COLLECTED("Amazon Macie"),
};

/** FSBP controls of Vigil's services that no check covers yet, with the reason. */
const FSBP: Record<string, string> = {
  "S3.11": NOT_COLLECTED("S3 event notification configuration"),
};

const SERVICES_IN_SCOPE = new Set(["IAM", "S3", "Lambda", "KMS"]);

/** The reason a requirement is not assessed, or null when it should be mapped to a check. */
export function findNotAssessedReason(frameworkId: string, requirementId: string, section: string): string | null {
  if (frameworkId === "cis-aws-7.0") {
    if (CIS_AWS_7[requirementId]) return CIS_AWS_7[requirementId];
    if (/^3\.2\./.test(requirementId)) return NOT_COLLECTED("Amazon RDS");
    if (/^3\.3\./.test(requirementId)) return NOT_COLLECTED("Amazon EFS");
    if (/^4\./.test(requirementId)) return NOT_COLLECTED("CloudTrail, AWS Config, VPC flow logs or front-end service logging");
    if (/^5\./.test(requirementId)) return NOT_COLLECTED("CloudWatch metric filters and alarms or Security Hub");
    if (/^6\./.test(requirementId)) return NOT_COLLECTED("EC2 and VPC networking");
    return null;
  }
  if (frameworkId === "aws-fsbp") {
    if (FSBP[requirementId]) return FSBP[requirementId];
    return SERVICES_IN_SCOPE.has(section) ? null : NOT_COLLECTED(section);
  }
  return null;
}
