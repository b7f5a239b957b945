import { expect, it } from "vitest";
import { findAdminStatements } from "@/lib/policy/find-admin-statements";

it("finds only Allow * on * statements", () => {
  expect(findAdminStatements({ Statement: { Effect: "Allow", Action: "*", Resource: "*" } })).toHaveLength(1);
  expect(findAdminStatements({ Statement: [{ Effect: "Allow", Action: ["*:*"], Resource: ["*"] }] })).toHaveLength(1);
  expect(findAdminStatements({ Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] })).toHaveLength(0);
  expect(findAdminStatements({ Statement: [{ Effect: "Deny", Action: "*", Resource: "*" }] })).toHaveLength(0);
  expect(findAdminStatements({ Statement: [{ Effect: "Allow", Action: "*", Resource: "arn:aws:s3:::b" }] })).toHaveLength(0);
});
