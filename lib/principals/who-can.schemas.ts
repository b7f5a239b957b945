import { z } from "zod";

/** A who-can question as typed into the form or the CLI: an IAM action (wildcards allowed) and a resource ARN. */
export const whoCanQuestionSchema = z.object({
  action: z.string().trim().regex(/^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$/, "the action looks like s3:GetObject"),
  resource: z.string().trim().max(2048).regex(/^(arn:[^\s:]+:[^\s:]*:[^\s:]*:[^\s:]*:\S+|\*)$/, "the resource is an ARN, e.g. arn:aws:s3:::my-bucket/*, or *"),
  account: z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id").optional(),
});

export type WhoCanQuestion = z.output<typeof whoCanQuestionSchema>;
