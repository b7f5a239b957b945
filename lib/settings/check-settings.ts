/**
 * Per-account check configuration: the settings people disagree on, checks switched off with a reason,
 * and resources excluded by ARN pattern. Validated here, at the boundary; stored by check-settings-store.ts.
 */
import { z } from "zod";
import type { CheckSettings } from "@/lib/checks/check-definition";
import type { CheckExclusionRule, CheckScope } from "@/lib/checks/check-scope";

const days = z.number().int().min(1).max(3650);

/** A regular expression source that compiles (checked here so a typo never breaks a scan). */
const pattern = z.string().min(1).max(500).refine((source) => {
  try {
    new RegExp(source, "i");
    return true;
  } catch {
    return false;
  }
}, "not a valid regular expression");

export const checkSettingsInput = z.object({
  unusedCredentialDays: days.nullable().optional(),
  accessKeyRotationDays: days.nullable().optional(),
  rootRecentUseDays: days.nullable().optional(),
  runtimeWarningDays: z.number().int().min(0).max(3650).nullable().optional(),
  deprecatedRuntimes: z.array(z.string().regex(/^[a-z0-9.\-]+$/, "a Lambda runtime identifier such as nodejs18.x")).max(100).optional(),
  secretPatterns: z.array(pattern).max(100).optional(),
});
export type CheckSettingsInput = z.infer<typeof checkSettingsInput>;

export const checkDisablementInput = z.object({
  checkId: z.string().regex(/^[a-z0-9_]+$/),
  reason: z.string().trim().min(3).max(500),
});

export const checkExclusionInput = z.object({
  checkId: z.string().regex(/^[a-z0-9_]+$/).nullable(),
  resourcePattern: z.string().trim().min(1).max(2048).regex(/^arn:/, "an ARN, optionally with * and ? wildcards"),
  reason: z.string().trim().min(3).max(500),
});

/** Everything a scan needs to evaluate one account the way its operators configured it. */
export interface AccountCheckConfiguration extends CheckScope {
  settings: Partial<CheckSettings>;
  disabledChecks: Record<string, string>;
  exclusions: CheckExclusionRule[];
}

export const EMPTY_CHECK_CONFIGURATION: AccountCheckConfiguration = { settings: {}, disabledChecks: {}, exclusions: [] };
