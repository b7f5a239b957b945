import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

/** Virtual MFA devices (authenticator apps) have ARN serial numbers; hardware tokens and FIDO keys do not. */
const VIRTUAL_SERIAL = /^arn:aws[\w-]*:iam::\d{12}:mfa\//;

export const iamUserHardwareMfaEnabled: CheckDefinition = {
  id: "iam_user_hardware_mfa_enabled",
  title: "IAM users with MFA use a hardware or FIDO security key",
  service: "iam",
  resourceType: "AWS::IAM::User",
  severity: "low",
  rationale: "Authenticator-app codes can be phished or copied with the phone; a FIDO security key or hardware token cannot be used from a fake sign-in page.",
  remediation: {
    console: ["Open the IAM console > Users and choose <user-name>.", "On Security credentials choose Assign MFA device, pick Passkey or security key (or Hardware TOTP token), and register it.", "Remove the virtual MFA device."],
    cli: "aws iam enable-mfa-device --user-name <user-name> --serial-number <hardware-serial> --authentication-code1 <code1> --authentication-code2 <code2>\naws iam deactivate-mfa-device --user-name <user-name> --serial-number <virtual-mfa-arn>",
    terraform: "# MFA devices are registered by the user; Terraform cannot enrol a hardware key. Enforce MFA with an IAM policy condition on aws:MultiFactorAuthPresent.",
  },
  compliance: [{ framework: "nist-800-53-r5", requirement: "IA-2(1)" }],
  evaluate(resource) {
    const missing = requireData(resource, { MFADevices: ["ListMFADevices"] });
    if (missing) return missing;
    const devices = (resource.configuration.MFADevices as { SerialNumber: string }[] | null) ?? [];
    if (devices.length === 0) return { status: "not_applicable", reason: "The user has no MFA device (see iam_user_console_mfa_enabled)." };
    const hardware = devices.filter((d) => !VIRTUAL_SERIAL.test(d.SerialNumber));
    return hardware.length > 0
      ? { status: "pass", reason: `The user has a hardware or FIDO MFA device (${hardware.map((d) => d.SerialNumber).join(", ")}).` }
      : { status: "fail", reason: "The user's only MFA devices are virtual (authenticator app).", evidence: devices };
  },
};
