import "server-only";
import { type Actor, can } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PrincipalDetail } from "./principal-detail";

const SELECT = {
  id: true, accountId: true, arn: true, name: true, kind: true, fullAdmin: true, riskCategories: true, topSeverity: true,
  suggestionState: true, detail: true,
  analysis: { select: { id: true, scanId: true, startedAt: true, finishedAt: true, windowDays: true, account: { select: { name: true } } } },
} satisfies Prisma.IamPrincipalSelect;

async function shape(database: Database, row: Prisma.IamPrincipalGetPayload<{ select: typeof SELECT }>) {
  const latest = await findLatestRow(database, row.accountId, row.arn);
  const { detail, ...rest } = row;
  return { ...rest, detail: detail as unknown as PrincipalDetail, latestId: latest?.id ?? null };
}

function findLatestRow(database: Database, accountId: string, arn: string) {
  return database.iamPrincipal.findFirst({
    where: { accountId, arn, analysis: { status: "succeeded" } },
    orderBy: { analysis: { startedAt: "desc" } },
    select: { id: true },
  });
}

/** One analysed principal by row id, with its full analysis; null when absent or outside the actor's accounts. */
export async function getPrincipal(database: Database, actor: Actor, id: string) {
  const row = await database.iamPrincipal.findUnique({ where: { id }, select: SELECT });
  if (!row || !can(actor, "principals:read", { accountId: row.accountId })) return null;
  return shape(database, row);
}

/** The principal with this ARN in the latest succeeded analysis of its account; null when never analysed or not visible. */
export async function getLatestPrincipal(database: Database, actor: Actor, arn: string) {
  const accountId = /^arn:[^:]*:iam::(\d{12}):/.exec(arn)?.[1];
  if (!accountId || !can(actor, "principals:read", { accountId })) return null;
  const latest = await findLatestRow(database, accountId, arn);
  if (!latest) return null;
  const row = await database.iamPrincipal.findUniqueOrThrow({ where: { id: latest.id }, select: SELECT });
  return shape(database, row);
}

export type AnalysedPrincipal = NonNullable<Awaited<ReturnType<typeof getPrincipal>>>;
