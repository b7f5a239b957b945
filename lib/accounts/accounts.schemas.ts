/** Inputs of the account mutations: adding an account, its schedule, and a connection test. */
import { z } from "zod";
import { InvalidScheduleError, validateSchedule } from "@/lib/scans/due-schedule-slot";

export const accountId = z.string().trim().regex(/^\d{12}$/, "an AWS account id is 12 digits");

export const roleArn = z
  .string()
  .trim()
  .regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, "a role ARN looks like arn:aws:iam::123456789012:role/VigilReadOnly");

/** AWS allows 2-1224 characters of this set in an external id. */
export const externalId = z.string().trim().regex(/^[\w+=,.@:/-]{2,1224}$/, "an external id is 2 to 1224 letters, digits or + = , . @ : / - _");

const region = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "a region looks like eu-west-1");

export const scanSchedule = z.string().trim().superRefine((value, context) => {
  try {
    validateSchedule(value);
  } catch (error) {
    if (!(error instanceof InvalidScheduleError)) throw error;
    context.addIssue({ code: "custom", message: error.message });
  }
});

const optionalText = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const createAccountInput = z.object({
  id: accountId,
  name: z.string().trim().min(1, "give the account a name").max(100, "a name is limited to 100 characters"),
  roleArn,
  externalId: optionalText(externalId),
  /** Comma- or space-separated in forms; empty means every enabled region. */
  regions: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (Array.isArray(value) ? value : (value ?? "").split(/[\s,]+/)).map((r) => r.trim()).filter(Boolean))
    .pipe(z.array(region).max(40)),
  scanSchedule: optionalText(scanSchedule),
}).superRefine((input, context) => {
  const roleAccount = /^arn:aws[a-z-]*:iam::(\d{12}):/.exec(input.roleArn)?.[1];
  if (roleAccount && roleAccount !== input.id) {
    context.addIssue({ code: "custom", path: ["roleArn"], message: `the role belongs to account ${roleAccount}, not ${input.id}` });
  }
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const scheduleInput = z.object({ accountId, scanSchedule });

export const connectionTestInput = z.object({ accountId, roleArn, externalId: optionalText(externalId) });
export type ConnectionTestInput = z.input<typeof connectionTestInput>;
