import type { CheckDefinition } from "@/lib/checks/check-definition";
import { requireData } from "@/lib/checks/require-data";

export const iamServerCertificateNotExpired: CheckDefinition = {
  id: "iam_server_certificate_not_expired",
  title: "Expired SSL/TLS certificates are removed from IAM",
  service: "iam",
  resourceType: "AWS::IAM::ServerCertificate",
  severity: "medium",
  rationale: "An expired certificate still deployed to a load balancer breaks clients or trains people to click through warnings; removing it from IAM prevents accidental redeployment.",
  remediation: {
    console: ["IAM server certificates have no console page; use the CLI.", "Confirm no load balancer or CloudFront distribution uses <certificate-name>, then delete it."],
    cli: "aws iam delete-server-certificate --server-certificate-name <certificate-name>",
    terraform: "# Remove the aws_iam_server_certificate resource <certificate-name> and apply; prefer ACM certificates.",
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.17" },
    { framework: "cis-aws-5.0", requirement: "1.18" },
    { framework: "aws-fsbp", requirement: "IAM.26" },
  ],
  evaluate(resource, { now }) {
    const missing = requireData(resource, { ServerCertificateMetadata: ["ListServerCertificates"] });
    if (missing) return missing;
    const meta = resource.configuration.ServerCertificateMetadata as { Expiration?: string };
    const expires = meta.Expiration ? Date.parse(meta.Expiration) : Number.NaN;
    if (Number.isNaN(expires)) return { status: "unknown", reason: "The certificate's expiration date was not collected." };
    return expires < now.getTime()
      ? { status: "fail", reason: `The certificate expired on ${meta.Expiration}.`, evidence: meta }
      : { status: "pass", reason: `The certificate is valid until ${meta.Expiration}.` };
  },
};
