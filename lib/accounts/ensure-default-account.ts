/**
 * Makes sure Vigil has an account to scan: the account of the ambient AWS credentials when there are
 * any (VIGIL_SCAN_SOURCE auto or aws), otherwise the built-in sample account. Idempotent.
 */
import type { Database } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { VigilError } from "@/lib/errors/vigil-error";
import { resolveAmbientAccount } from "@/collectors/aws/resolve-ambient-account";
import { SAMPLE_ACCOUNT_ID, SAMPLE_ACCOUNT_NAME } from "./sample-account";

export interface DefaultAccount {
  id: string;
  name: string;
  source: "aws" | "sample";
}

export async function ensureDefaultAccount(
  database: Database,
  options: { source?: "auto" | "aws" | "sample"; resolveAmbient?: typeof resolveAmbientAccount } = {},
): Promise<DefaultAccount> {
  const env = loadEnv();
  const source = options.source ?? env.VIGIL_SCAN_SOURCE;
  const ambient = source === "sample" ? null : await (options.resolveAmbient ?? resolveAmbientAccount)();
  if (ambient?.status === "error") {
    // Credentials exist but do not work (expired SSO session, wrong profile): say so rather than silently demo.
    const problem = `AWS credentials were found but STS GetCallerIdentity failed (${ambient.errorCode}: ${ambient.message})`;
    if (source === "aws") throw new VigilError("not_configured", problem);
    console.warn(`${problem}; scanning the built-in sample account instead.`);
  }
  if (ambient?.status === "found") {
    const account = await database.account.upsert({
      where: { id: ambient.accountId },
      create: { id: ambient.accountId, name: `AWS account ${ambient.accountId}`, source: "aws", scanSchedule: env.VIGIL_DEFAULT_SCHEDULE },
      update: {},
    });
    return { id: account.id, name: account.name, source: "aws" };
  }
  if (source === "aws") {
    throw new VigilError(
      "not_configured",
      "VIGIL_SCAN_SOURCE=aws but no AWS credentials were found (environment, AWS_PROFILE, SSO or instance role)",
    );
  }
  const account = await database.account.upsert({
    where: { id: SAMPLE_ACCOUNT_ID },
    create: { id: SAMPLE_ACCOUNT_ID, name: SAMPLE_ACCOUNT_NAME, source: "sample", scanSchedule: env.VIGIL_DEFAULT_SCHEDULE },
    update: {},
  });
  return { id: account.id, name: account.name, source: "sample" };
}
