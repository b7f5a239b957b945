import { describe, expect, it } from "vitest";
import { CHECKS } from "@/lib/checks/catalogue";
import { fillCheckRemediation, fillRemediation, type RemediationTarget } from "./fill-remediation";

const bucket: RemediationTarget = { arn: "arn:aws:s3:::demo-logs-eu", name: "demo-logs-eu", type: "AWS::S3::Bucket", region: "eu-west-1", accountId: "123456789012" };

describe("fillRemediation", () => {
  it("fills the bucket, account and region of an S3 finding", () => {
    expect(fillRemediation("aws s3api put-bucket-versioning --bucket <bucket-name> --region <region> # <account-id>", bucket)).toEqual({
      text: "aws s3api put-bucket-versioning --bucket demo-logs-eu --region eu-west-1 # 123456789012",
      unresolved: [],
    });
  });

  it("takes names from the ARN for roles with paths, functions, layers and keys", () => {
    const role = { arn: "arn:aws:iam::123456789012:role/service/deploy", name: "deploy", type: "AWS::IAM::Role", region: "global", accountId: "123456789012" };
    expect(fillRemediation("aws iam get-role --role-name <role-name>", role).text).toBe("aws iam get-role --role-name deploy");
    const fn = { arn: "arn:aws:lambda:us-east-1:123456789012:function:api", name: "api", type: "AWS::Lambda::Function", region: "us-east-1", accountId: "123456789012" };
    expect(fillRemediation("aws lambda get-policy --function-name <function-name> --region <region>", fn).text).toBe("aws lambda get-policy --function-name api --region us-east-1");
    const layer = { arn: "arn:aws:lambda:us-east-1:123456789012:layer:shared:3", name: "shared:3", type: "AWS::Lambda::LayerVersion", region: "us-east-1", accountId: "123456789012" };
    expect(fillRemediation("--layer-name <layer-name> --version-number <version>", layer).text).toBe("--layer-name shared --version-number 3");
    const key = { arn: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", name: "alias/app", type: "AWS::KMS::Key", region: "us-east-1", accountId: "123456789012" };
    expect(fillRemediation("aws kms enable-key-rotation --key-id <key-id>", key).text).toBe("aws kms enable-key-rotation --key-id 1234abcd-12ab-34cd-56ef-1234567890ab");
  });

  it("leaves what only a person can answer, and lists it once", () => {
    expect(fillRemediation("--bucket <bucket-name> --principal <other-account-id> <other-account-id>", bucket)).toEqual({
      text: "--bucket demo-logs-eu --principal <other-account-id> <other-account-id>",
      unresolved: ["<other-account-id>"],
    });
    const user = { arn: "arn:aws:iam::123456789012:user/alice", name: "alice", type: "AWS::IAM::User", region: "global", accountId: "123456789012" };
    expect(fillRemediation("aws iam list-users --region <region>", user).unresolved).toEqual(["<region>"]);
  });

  it("fills every resource placeholder of every S3 bucket check in the catalogue", () => {
    for (const check of CHECKS.filter((c) => c.resourceType === "AWS::S3::Bucket")) {
      const filled = fillRemediation(check.remediation.cli, bucket);
      expect(filled.text, check.id).not.toContain("<bucket-name>");
      expect(filled.text, check.id).not.toContain("<account-id>");
    }
  });

  it("fills a whole check's console steps, CLI and Terraform at once", () => {
    const check = CHECKS.find((c) => c.id === "s3_bucket_versioning_enabled")!;
    const filled = fillCheckRemediation(check.remediation, bucket);
    expect(filled.cli).toBe("aws s3api put-bucket-versioning --bucket demo-logs-eu --versioning-configuration Status=Enabled");
    expect(filled.terraform).toContain('bucket = "demo-logs-eu"');
    expect(filled.console[0]).toContain("demo-logs-eu");
    expect(filled.unresolved).toEqual([]);
  });
});
