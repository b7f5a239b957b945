import type { CheckDefinition } from "@/lib/checks/check-definition";
import type { CredentialRow } from "@/lib/checks/iam/iam-configuration";
import { requireData } from "@/lib/checks/require-data";

export const iamRootHardwareMfaEnabled: CheckDefinition = {
  id: "iam_root_hardware_mfa_enabled",
  title: "The root user uses a hardware MFA device",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "high",
  rationale:
    "A virtual MFA app lives on a phone that is also used for everything else; a hardware key or passkey is a dedicated device that resists phishing and device compromise, which matters most for root.",
  remediation: {
    console: [
      "Sign in as the root user and open Security credentials.",
      "Assign a hardware TOTP token or a FIDO security key / passkey.",
      "Remove the virtual MFA device once the hardware device works.",
    ],
    cli: "# Root MFA devices can only be managed in the console as the root user.",
    terraform: "# Root MFA devices cannot be managed with Terraform.",
  },
  compliance: [
    { framework: "pci-dss-4.0", requirement: "8.4.2" },
    { framework: "cis-aws-7.0", requirement: "2.6" },
    { framework: "cis-aws-5.0", requirement: "1.5" },
    { framework: "aws-fsbp", requirement: "IAM.6" },
    { framework: "nist-800-53-r5", requirement: "IA-2(1)" },
  ],
  evaluate(resource) {
    const missing = requireData(resource, {
      Credentials: ["GetCredentialReport", "GenerateCredentialReport"],
      MFADevices: ["ListVirtualMFADevices"],
    });
    if (missing) return missing;
    const row = resource.configuration.Credentials as CredentialRow | null;
    const virtual = (resource.configuration.MFADevices as { SerialNumber: string }[] | null) ?? [];
    if (!row?.mfa_active) return { status: "fail", reason: "The root user has no MFA device at all." };
    if (virtual.length > 0) {
      return { status: "fail", reason: "The root user's MFA is a virtual (app) device, not a hardware one.", evidence: { virtualDevices: virtual.map((d) => d.SerialNumber) } };
    }
    // MFA active and no virtual device registered to root: the device is a hardware one.
    return { status: "pass", reason: "The root user's MFA device is a hardware device." };
  },
};
