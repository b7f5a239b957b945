/**
 * Reads and writes an account's check configuration (tables check_settings, check_disablements, check_exclusions).
 * Callers authorize first (lib/auth/permissions); these functions validate their input and never trust it.
 */
import { findCheck } from "@/lib/checks/catalogue";
import type { CheckSettings } from "@/lib/checks/check-definition";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import {
  type AccountCheckConfiguration,
  checkDisablementInput,
  checkExclusionInput,
  checkSettingsInput,
} from "./check-settings";

/** The account's settings (only the values set), disabled checks and exclusions. */
export async function loadAccountCheckConfiguration(database: Database, accountId: string): Promise<AccountCheckConfiguration> {
  const [row, disablements, exclusions] = await Promise.all([
    database.checkSettings.findUnique({ where: { accountId } }),
    database.checkDisablement.findMany({ where: { accountId }, orderBy: { checkId: "asc" } }),
    database.checkExclusion.findMany({ where: { accountId }, orderBy: { createdAt: "asc" } }),
  ]);
  const settings: Partial<CheckSettings> = {};
  if (row) {
    if (row.unusedCredentialDays !== null) settings.unusedCredentialDays = row.unusedCredentialDays;
    if (row.accessKeyRotationDays !== null) settings.accessKeyRotationDays = row.accessKeyRotationDays;
    if (row.rootRecentUseDays !== null) settings.rootRecentUseDays = row.rootRecentUseDays;
    if (row.runtimeWarningDays !== null) settings.runtimeWarningDays = row.runtimeWarningDays;
    if (row.deprecatedRuntimes.length > 0) settings.deprecatedRuntimes = row.deprecatedRuntimes;
    if (row.secretPatterns.length > 0) settings.secretPatterns = row.secretPatterns;
  }
  return {
    settings,
    disabledChecks: Object.fromEntries(disablements.map((d) => [d.checkId, d.reason])),
    exclusions: exclusions.map((e) => ({ checkId: e.checkId, resourcePattern: e.resourcePattern, reason: e.reason })),
  };
}

/** Sets the account's settings; a null value returns that setting to Vigil's default, an absent one leaves it. */
export async function saveCheckSettings(database: Database, accountId: string, input: unknown, actor: string): Promise<void> {
  const parsed = parse(checkSettingsInput, input);
  const values = { ...parsed, updatedBy: actor, updatedAt: new Date() };
  await database.checkSettings.upsert({ where: { accountId }, create: { accountId, ...values }, update: values });
}

/** Switches a check off for the account; its results become "not_applicable" with this reason. */
export async function disableCheck(database: Database, accountId: string, input: unknown, actor: string): Promise<void> {
  const { checkId, reason } = parse(checkDisablementInput, input);
  requireKnownCheck(checkId);
  await database.checkDisablement.upsert({
    where: { accountId_checkId: { accountId, checkId } },
    create: { accountId, checkId, reason, disabledBy: actor },
    update: { reason, disabledBy: actor, disabledAt: new Date() },
  });
}

export async function enableCheck(database: Database, accountId: string, checkId: string): Promise<void> {
  await database.checkDisablement.deleteMany({ where: { accountId, checkId } });
}

/** Adds an exclusion and returns its id. */
export async function addCheckExclusion(database: Database, accountId: string, input: unknown, actor: string): Promise<string> {
  const { checkId, resourcePattern, reason } = parse(checkExclusionInput, input);
  if (checkId !== null) requireKnownCheck(checkId);
  const row = await database.checkExclusion.create({ data: { accountId, checkId, resourcePattern, reason, createdBy: actor } });
  return row.id;
}

export async function removeCheckExclusion(database: Database, accountId: string, exclusionId: string): Promise<void> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(exclusionId)) {
    throw new VigilError("invalid_input", `${exclusionId} is not an exclusion id.`);
  }
  const { count } = await database.checkExclusion.deleteMany({ where: { id: exclusionId, accountId } });
  if (count === 0) throw new VigilError("not_found", `No exclusion ${exclusionId} in account ${accountId}.`);
}

function requireKnownCheck(checkId: string): void {
  if (!findCheck(checkId)) throw new VigilError("invalid_input", `Unknown check ${checkId}.`);
}

function parse<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`);
    throw new VigilError("invalid_input", `Invalid check settings: ${issues.join("; ")}`, { issues });
  }
  return result.data;
}
