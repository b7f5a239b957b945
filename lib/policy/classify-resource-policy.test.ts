import { describe, expect, it } from "vitest";
import { classifyResourcePolicy } from "@/lib/policy/classify-resource-policy";

const OWN = "111122223333";
const s3 = (statements: unknown[]) => ({ Version: "2012-10-17", Statement: statements });
const classify = (policy: unknown, service = "s3") => classifyResourcePolicy(policy, { accountId: OWN, service });

describe("classifyResourcePolicy", () => {
  it("treats Principal * without conditions as public, and reports read access levels", () => {
    const access = classify(s3([{ Effect: "Allow", Principal: "*", Action: "s3:Get*", Resource: "arn:aws:s3:::b/*" }]));
    expect(access.exposure).toBe("public");
    expect(access.grants[0]?.accessLevels).toContain("Read");
    expect(access.grants[0]?.accessLevels).not.toContain("Write");
  });

  it("accepts a single statement object and the {AWS: '*'} form", () => {
    const access = classify({ Statement: { Effect: "Allow", Principal: { AWS: ["*"] }, Action: "s3:PutObject", Resource: "*" } });
    expect(access.exposure).toBe("public");
    expect(access.grants[0]?.accessLevels).toContain("Write");
  });

  it("does not call Principal * restricted to a VPC endpoint public", () => {
    const access = classify(
      s3([
        {
          Effect: "Allow",
          Principal: "*",
          Action: "s3:GetObject",
          Resource: "arn:aws:s3:::b/*",
          Condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
        },
      ]),
    );
    expect(access.exposure).toBe("restricted");
  });

  it("keeps IfExists conditions public: a request without the key still matches", () => {
    const access = classify(
      s3([
        {
          Effect: "Allow",
          Principal: "*",
          Action: "s3:GetObject",
          Resource: "*",
          Condition: { StringEqualsIfExists: { "aws:SourceVpce": "vpce-1" } },
        },
      ]),
    );
    expect(access.exposure).toBe("public");
  });

  it("classifies a named other account as cross-account, not public", () => {
    const access = classify(
      s3([{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "s3:GetObject", Resource: "*" }]),
    );
    expect(access.exposure).toBe("cross-account");
    expect(access.grants[0]?.accounts).toEqual(["444455556666"]);
  });

  it("classifies a role of the own account, and aws:PrincipalAccount = own, as same-account", () => {
    const access = classify(
      s3([
        { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${OWN}:role/app` }, Action: "s3:*", Resource: "*" },
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { StringEquals: { "aws:PrincipalAccount": OWN } } },
      ]),
    );
    expect(access.exposure).toBe("same-account");
  });

  it("classifies aws:PrincipalOrgID as organization", () => {
    const access = classify(
      s3([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc" } } }]),
    );
    expect(access.exposure).toBe("organization");
  });

  it("lets an unconditional Deny cancel the Allow it covers", () => {
    const access = classify(
      s3([
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
        { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"] },
      ]),
    );
    expect(access.exposure).toBe("none");
  });

  it("treats 'Deny unless from my VPC endpoint' as restricting the Allow", () => {
    const access = classify(
      s3([
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
        {
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: "arn:aws:s3:::b/*",
          Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } },
        },
      ]),
    );
    expect(access.exposure).toBe("restricted");
  });

  it("does not credit a TLS-only Deny as a principal restriction", () => {
    const access = classify(
      s3([
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
        { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "arn:aws:s3:::b/*", Condition: { Bool: { "aws:SecureTransport": "false" } } },
      ]),
    );
    expect(access.exposure).toBe("public");
  });

  it("leaves the actions a partial Deny does not cover", () => {
    const access = classify(
      s3([
        { Effect: "Allow", Principal: "*", Action: ["s3:GetObject", "s3:PutObject"], Resource: "*" },
        { Effect: "Deny", Principal: "*", Action: "s3:Put*", Resource: "*" },
      ]),
    );
    expect(access.grants[0]?.actions).toEqual(["s3:GetObject"]);
  });

  it("treats a wide IP range as public and a narrow one as restricted", () => {
    const withIp = (cidr: string) =>
      classify(s3([{ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": cidr } } }]));
    expect(withIp("0.0.0.0/0").exposure).toBe("public");
    expect(withIp("203.0.113.0/24").exposure).toBe("restricted");
  });

  it("marks a service principal without source conditions as unscoped", () => {
    const access = classify(
      s3([{ Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "lambda:InvokeFunction", Resource: "*" }]),
      "lambda",
    );
    expect(access.exposure).toBe("service");
    expect(access.grants[0]?.unscopedService).toBe(true);
  });

  it("matches actions case-insensitively and honours NotAction", () => {
    const access = classify(s3([{ Effect: "Allow", Principal: "*", NotAction: "s3:delete*", Resource: "*" }]));
    expect(access.grants[0]?.actions).toContain("s3:GetObject");
    expect(access.grants[0]?.actions).not.toContain("s3:DeleteObject");
    expect(classify(s3([{ Effect: "Allow", Principal: "*", Action: "S3:getobject", Resource: "*" }])).grants[0]?.actions).toEqual(["s3:GetObject"]);
  });
});
