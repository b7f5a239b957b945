import "server-only";
import { type Actor, authorize } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { likeText } from "@/lib/db/postgres-text";
import type { Prisma } from "@/lib/db/generated/client";
import { findLatestAnalyses, scopedAccounts } from "./find-latest-analyses";
import type { PrincipalsQuery } from "./principals-query";

export const PRINCIPALS_PAGE_SIZE = 50;

/**
 * One page of the users and roles of each account's latest IAM analysis, most dangerous first (worst risk,
 * then escalation paths, then risk count), filtered by account, kind, risk category and name or ARN text.
 */
export async function findPrincipals(database: Database, actor: Actor, query: PrincipalsQuery, options: { pageSize?: number } = {}) {
  authorize(actor, "principals:read", query.account ? { accountId: query.account } : {});
  const pageSize = options.pageSize ?? PRINCIPALS_PAGE_SIZE;
  const analyses = await findLatestAnalyses(database, scopedAccounts(actor.accountScope, query.account));
  const where: Prisma.IamPrincipalWhereInput = { analysisId: { in: analyses.map((analysis) => analysis.id) } };
  if (query.kind) where.kind = query.kind;
  if (query.risk) where.riskCategories = { has: query.risk };
  if (query.q) where.OR = [{ name: { contains: likeText(query.q), mode: "insensitive" } }, { arn: { contains: likeText(query.q), mode: "insensitive" } }];
  const page = query.page ?? 1;
  const [items, total] = await Promise.all([
    database.iamPrincipal.findMany({
      where,
      orderBy: [{ topSeverity: { sort: "asc", nulls: "last" } }, { fullAdmin: "desc" }, { escalationCount: "desc" }, { riskCount: "desc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, accountId: true, arn: true, name: true, kind: true, fullAdmin: true, riskCategories: true, topSeverity: true,
        riskCount: true, escalationCount: true, allowedActions: true, suggestionState: true,
      },
    }),
    database.iamPrincipal.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)), analyses };
}

export type PrincipalListItem = Awaited<ReturnType<typeof findPrincipals>>["items"][number];
