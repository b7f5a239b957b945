/**
 * Inputs of the triage mutations, validated by the server actions and again by the domain functions
 * (which are also called from jobs and tests).
 */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";

/** Statuses a person moves a finding between; suppression and risk acceptance have their own input. */
export const WORKFLOW_STATUSES = ["open", "in_progress", "resolved"] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const ACCEPTANCE_KINDS = ["suppressed", "risk_accepted"] as const;
export type AcceptanceKind = (typeof ACCEPTANCE_KINDS)[number];

/** A bulk action touches at most one page of the findings list. */
export const MAX_BULK_FINDINGS = 100;

const findingIds = z
  .array(z.uuid("a finding id is a UUID"))
  .min(1, "select at least one finding")
  .max(MAX_BULK_FINDINGS, `select at most ${MAX_BULK_FINDINGS} findings`)
  .transform((ids) => [...new Set(ids)]);

const comment = z.string().trim().max(4000, "a comment is limited to 4000 characters").check(postgresText("a comment must not contain control characters"));

export const updateStatusInput = z.object({
  findingIds,
  status: z.enum(WORKFLOW_STATUSES, { error: `status must be one of ${WORKFLOW_STATUSES.join(", ")}` }),
  comment: comment.optional().transform((value) => (value ? value : undefined)),
});
export type UpdateStatusInput = z.input<typeof updateStatusInput>;

export const assignInput = z.object({
  findingIds,
  /** null unassigns. */
  assigneeId: z.uuid("an assignee is a user id").nullable(),
});
export type AssignInput = z.input<typeof assignInput>;

export const suppressInput = z.object({
  findingIds,
  kind: z.enum(ACCEPTANCE_KINDS, { error: "choose suppress or accept the risk" }),
  reason: z.string().trim().min(10, "give a justification of at least 10 characters").max(2000, "a justification is limited to 2000 characters").check(postgresText("a justification must not contain control characters")),
  /** When the finding reopens by itself. */
  until: z.coerce.date({ error: "give an expiry date" }),
});
export type SuppressInput = z.input<typeof suppressInput>;

export const commentInput = z.object({
  findingId: z.uuid("a finding id is a UUID"),
  comment: comment.min(1, "write a comment first"),
});
export type CommentInput = z.input<typeof commentInput>;

export const dueDateInput = z.object({
  findingIds,
  /** null clears it. */
  dueAt: z.coerce.date({ error: "give a valid date" }).nullable(),
});
export type DueDateInput = z.input<typeof dueDateInput>;

/** The longest a suppression or risk acceptance may last before someone looks at it again. */
export const MAX_ACCEPTANCE_DAYS = 365;
