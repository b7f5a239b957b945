import { expect, it } from "vitest";
import { serviceActions as actionsForService } from "@/lib/policy/action-catalogue";
import { expandActions, matchesAnyAction } from "@/lib/policy/expand-actions";
import { matchGlob } from "@/lib/policy/glob";

it("reads the AWS action catalogue with access levels", () => {
  const s3 = actionsForService("S3");
  expect(s3.length).toBeGreaterThan(100);
  expect(s3.find((a) => a.action === "s3:PutBucketPolicy")?.accessLevels).toContain("Permissions management");
  expect(actionsForService("no-such-service")).toEqual([]);
  expect(actionsForService("../etc")).toEqual([]);
});

it("expands wildcards and NotAction within one service", () => {
  const gets = expandActions("s3", ["s3:Get*"]).map((a) => a.action);
  expect(gets).toContain("s3:GetObject");
  expect(gets).not.toContain("s3:PutObject");
  expect(expandActions("s3", ["*"]).length).toBe(actionsForService("s3").length);
  expect(expandActions("s3", ["kms:*"])).toEqual([]);
  const notDelete = expandActions("s3", null, ["s3:Delete*"]).map((a) => a.action);
  expect(notDelete).toContain("s3:GetObject");
  expect(notDelete).not.toContain("s3:DeleteBucket");
});

it("matches actions case-insensitively and resources case-sensitively", () => {
  expect(matchesAnyAction(["KMS:decrypt"], "kms:Decrypt")).toBe(true);
  expect(matchesAnyAction(["kms:Re?ncrypt*"], "kms:ReEncryptFrom")).toBe(true);
  expect(matchGlob("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x")).toBe(false);
  expect(matchGlob("arn:aws:s3:::b.c/*", "arn:aws:s3:::bxc/x")).toBe(false);
});
