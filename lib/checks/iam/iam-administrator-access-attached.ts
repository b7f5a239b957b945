import type { ComplianceMapping } from "@/lib/checks/check-definition";
import { defineAttachedAwsPolicyCheck, GROUP_KIND, ROLE_KIND, USER_KIND } from "@/lib/checks/iam/define-attached-aws-policy-check";

const RATIONALE =
  "AdministratorAccess grants every action on every resource. Whoever holds it can undo every other control, so it belongs to a few break-glass roles, reviewed and excluded here explicitly.";
const COMPLIANCE: ComplianceMapping[] = [
  { framework: "cis-aws-7.0", requirement: "2.14" },
  { framework: "cis-aws-5.0", requirement: "1.15" },
  { framework: "aws-fsbp", requirement: "IAM.1" },
  { framework: "nist-800-53-r5", requirement: "AC-6" },
  { framework: "pci-dss-4.0", requirement: "7.2.1" },
];

export const iamUserNoAdministratorAccess = defineAttachedAwsPolicyCheck({ kind: USER_KIND, policyName: "AdministratorAccess", severity: "high", rationale: RATIONALE, compliance: COMPLIANCE });
export const iamGroupNoAdministratorAccess = defineAttachedAwsPolicyCheck({ kind: GROUP_KIND, policyName: "AdministratorAccess", severity: "high", rationale: RATIONALE, compliance: COMPLIANCE });
export const iamRoleNoAdministratorAccess = defineAttachedAwsPolicyCheck({ kind: ROLE_KIND, policyName: "AdministratorAccess", severity: "medium", rationale: RATIONALE, compliance: COMPLIANCE });
