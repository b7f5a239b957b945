import "server-only";
import { type Actor, authorize, can } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import type { StatementRef, UndecidedCondition } from "@/lib/iam/evaluate/evaluate-request";
import { findWhoCan } from "@/lib/iam/effective/find-who-can";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import { loadLiveResources } from "@/lib/scans/load-live-resources";
import { type WhoCanQuestion, whoCanQuestionSchema } from "./who-can.schemas";

export interface WhoCanEntry {
  accountId: string;
  arn: string;
  name: string;
  kind: "user" | "role";
  decision: "allowed" | "conditional";
  /** The Allow statements that grant the request. */
  grantedBy: StatementRef[];
  /** For conditional answers: the conditions the engine could not decide. */
  undecided: UndecidedCondition[];
  /** Row of the principal in its account's latest analysis, for a link; null when not analysed yet. */
  principalId: string | null;
}

/**
 * Who can do ACTION on RESOURCE, from the live inventory (not the stored analysis, so the answer matches
 * the current policies): the account named, else the resource ARN's account, else every visible account.
 */
export async function answerWhoCan(database: Database, actor: Actor, input: unknown, options: { now?: Date } = {}) {
  const parsed = whoCanQuestionSchema.safeParse(input);
  if (!parsed.success) throw new VigilError("invalid_input", parsed.error.issues.map((issue) => issue.message).join("; "));
  const question: WhoCanQuestion = parsed.data;
  authorize(actor, "principals:read", question.account ? { accountId: question.account } : {});
  const accounts = await accountsToAsk(database, actor, question);
  const now = options.now ?? new Date();
  const entries: WhoCanEntry[] = [];
  for (const accountId of accounts) {
    const { records } = await loadLiveResources(database, accountId);
    const model = buildIamModel(records);
    const answers = findWhoCan(model, question.action, question.resource, { now });
    const ids = await latestIds(database, accountId, answers.map((answer) => answer.principal));
    for (const answer of answers) {
      entries.push({
        accountId,
        arn: answer.principal,
        name: model.byArn.get(answer.principal)?.name ?? answer.principal,
        kind: answer.kind,
        decision: answer.decision,
        grantedBy: answer.detail.allowedBy,
        undecided: answer.decision === "conditional" ? answer.detail.undecided : [],
        principalId: ids.get(answer.principal) ?? null,
      });
    }
  }
  entries.sort((a, b) => (a.decision === b.decision ? a.name.localeCompare(b.name) : a.decision === "allowed" ? -1 : 1));
  return { action: question.action, resource: question.resource, accounts, entries };
}

export type WhoCanAnswer = Awaited<ReturnType<typeof answerWhoCan>>;

async function accountsToAsk(database: Database, actor: Actor, question: WhoCanQuestion): Promise<string[]> {
  const known = await database.account.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const visible = known.map((account) => account.id).filter((id) => can(actor, "principals:read", { accountId: id }));
  if (question.account) {
    if (!visible.includes(question.account)) throw new VigilError("not_found", `account ${question.account} is not configured in Vigil`);
    return [question.account];
  }
  const owner = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(question.resource)?.[1];
  return owner && visible.includes(owner) ? [owner] : visible;
}

async function latestIds(database: Database, accountId: string, arns: string[]): Promise<Map<string, string>> {
  if (arns.length === 0) return new Map();
  const rows = await database.iamPrincipal.findMany({
    where: { accountId, arn: { in: arns }, analysis: { status: "succeeded" } },
    orderBy: { analysis: { startedAt: "desc" } },
    select: { id: true, arn: true },
  });
  const ids = new Map<string, string>();
  for (const row of rows) if (!ids.has(row.arn)) ids.set(row.arn, row.id);
  return ids;
}
