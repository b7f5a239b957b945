import { describe, expect, it } from "vitest";
import { accountsCommand } from "@/lib/cli/commands/accounts";
import { CliError } from "@/lib/cli/cli-error";

// Argument errors are reported before any database or AWS call.
describe("vigil accounts", () => {
  it.each([
    [["rename"], /unknown accounts action "rename"/],
    [["add", "--id", "12345", "--name", "x", "--role-arn", "arn:aws:iam::12345:role/R"], /--id: an AWS account id is 12 digits/],
    [["add", "--id", "123456789012", "--name", "x"], /--role-arn/],
    [["add", "--id", "123456789012", "--name", "x", "--role-arn", "arn:aws:iam::210987654321:role/VigilReadOnly"], /the role belongs to account 210987654321/],
    [["discover", "--add"], /--add needs --external-id/],
    [["discover", "--role-template", "arn:aws:iam::123456789012:role/VigilReadOnly"], /must contain \{accountId\}/],
    [["add", "--id", "123456789012", "--name", "x", "--role-arn", "arn:aws:iam::123456789012:role/R", "--regions", "mars-1"], /a region looks like eu-west-1/],
  ])("rejects %j", async (args, message) => {
    const run = accountsCommand.run(args);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(message);
  });
});
