import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const iamUserConsoleMfaEnabled: CheckDefinition = {
  id: "iam_user_console_mfa_enabled",
  title: "IAM users with a console password have MFA",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "high",
  rationale: "A console password without MFA is the most common way into an AWS account: phished or reused passwords are enough on their own.",
  remediation: {
    console: [
      "Open the IAM console > Users and choose <user-name>.",
      "On the Security credentials tab, under Multi-factor authentication, choose Assign MFA device.",
      "If the user no longer needs the console, choose Manage console access > Disable instead.",
    ],
    cli: "aws iam create-virtual-mfa-device --virtual-mfa-device-name <user-name> --outfile qr.png --bootstrap-method QRCodePNG\naws iam enable-mfa-device --user-name <user-name> --serial-number arn:aws:iam::<account-id>:mfa/<user-name> --authentication-code1 <code1> --authentication-code2 <code2>",
    terraform:
      '# Enforce MFA with a policy that denies everything without it, attached to the user\'s group:\nresource "aws_iam_group_policy" "require_mfa" {\n  group  = "<group-name>"\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", NotAction = ["iam:*MFA*", "sts:GetSessionToken"], Resource = "*", Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } } }] })\n}',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.10" },
    { framework: "cis-aws-5.0", requirement: "1.9" },
    { framework: "aws-fsbp", requirement: "IAM.5" },
    { framework: "aws-fsbp", requirement: "IAM.19" },
    { framework: "nist-800-53-r5", requirement: "IA-2(1)" },
    { framework: "pci-dss-4.0", requirement: "8.4.2" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, { LoginProfile: ["GetLoginProfile"], MFADevices: ["ListMFADevices"] });
    if (missing) return missing;
    if (!resource.configuration.LoginProfile) return { status: "not_applicable", reason: "The user has no console password." };
    const devices = (resource.configuration.MFADevices as { SerialNumber: string }[] | null) ?? [];
    return devices.length > 0
      ? { status: "pass", reason: `The user has ${devices.length} MFA device(s).` }
      : { status: "fail", reason: "The user can sign in to the console with a password alone.", evidence: { LoginProfile: resource.configuration.LoginProfile, MFADevices: [] } };
  },
};
