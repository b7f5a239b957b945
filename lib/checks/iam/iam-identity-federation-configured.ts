import type { CheckDefinition } from "@/lib/checks/check-definition";

export const iamIdentityFederationConfigured: CheckDefinition = {
  id: "iam_identity_federation_configured",
  title: "People sign in through an identity provider (SAML or OIDC federation)",
  service: "iam",
  resourceType: "AWS::IAM::RootAccount",
  severity: "low",
  rationale: "Federated sign-in gives temporary credentials and central joiner-mover-leaver control; long-lived IAM users are the alternative. An account with no SAML or OIDC provider has nothing but IAM users (or IAM Identity Center, which Vigil does not read).",
  remediation: {
    console: ["Set up IAM Identity Center, or open the IAM console > Identity providers > Add provider and register your SAML or OIDC identity provider.", "Create roles that trust the provider and move people from IAM users to those roles."],
    cli: "aws iam create-saml-provider --name <provider-name> --saml-metadata-document file://metadata.xml",
    terraform: 'resource "aws_iam_saml_provider" "this" {\n  name                   = "<provider-name>"\n  saml_metadata_document = file("metadata.xml")\n}',
  },
  compliance: [
    { framework: "cis-aws-7.0", requirement: "2.19" },
    { framework: "cis-aws-5.0", requirement: "1.20" },
    { framework: "nist-800-53-r5", requirement: "IA-2" },
    { framework: "nist-800-53-r5", requirement: "AC-2(1)" },
  ],
  evaluate(_resource, { inventory }) {
    const providers = [...inventory.byType("AWS::IAM::SAMLProvider"), ...inventory.byType("AWS::IAM::OIDCProvider")];
    const sso = inventory.byType("AWS::IAM::Role").filter((r) => r.name.startsWith("AWSReservedSSO_"));
    if (providers.length > 0 || sso.length > 0) {
      const names = [...providers.map((p) => p.name), ...(sso.length > 0 ? ["IAM Identity Center"] : [])];
      return { status: "pass", reason: `Federation is configured: ${names.join(", ")}.` };
    }
    return { status: "fail", reason: "The account has no SAML or OIDC identity provider and no IAM Identity Center roles." };
  },
};
