import { expect, it } from "vitest";
import { parsePrincipal } from "@/lib/policy/parse-principal";

it("normalises every principal form", () => {
  expect(parsePrincipal("*")).toEqual([{ kind: "anyone", value: "*" }]);
  expect(
    parsePrincipal({
      AWS: ["*", "123456789012", "arn:aws:iam::123456789012:root", "arn:aws:iam::210987654321:role/x"],
      Service: "Lambda.amazonaws.com",
      Federated: "cognito-identity.amazonaws.com",
    }),
  ).toEqual([
    { kind: "anyone", value: "*" },
    { kind: "account", value: "123456789012", accountId: "123456789012" },
    { kind: "account", value: "arn:aws:iam::123456789012:root", accountId: "123456789012" },
    { kind: "aws-arn", value: "arn:aws:iam::210987654321:role/x", accountId: "210987654321" },
    { kind: "service", value: "lambda.amazonaws.com" },
    { kind: "federated", value: "cognito-identity.amazonaws.com" },
  ]);
});
