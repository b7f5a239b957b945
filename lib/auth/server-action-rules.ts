/**
 * Every server action in app/ and the permission it needs ("public" for the sign-in forms). Server actions
 * are POST endpoints any signed-in browser can call with any input, so each must check its actor itself
 * (requireActor + the domain function's `authorize`). test/security/server-action-rules.test.ts reads every
 * "use server" file in app/ and fails on an exported action missing here; the domain functions named here
 * are tried as every role in the authorisation matrix tests.
 */
import type { Action } from "./permissions";

export type ServerActionAccess = Action | "public";

/** Keyed "<file under app/>#<exported function>". */
export const SERVER_ACTION_RULES: Readonly<Record<string, ServerActionAccess>> = {
  "(auth)/sign-in/actions.ts#signInAction": "public",
  "(auth)/setup/actions.ts#completeSetupAction": "public",
  "admin/users/actions.ts#createUserAction": "users:manage",
  "admin/users/actions.ts#updateUserAction": "users:manage",
  "findings/actions.ts#changeFindingStatus": "findings:triage",
  "findings/actions.ts#assignFindingsAction": "findings:triage",
  "findings/actions.ts#suppressFindingsAction": "findings:suppress",
  "findings/actions.ts#commentOnFindingAction": "findings:triage",
  "findings/actions.ts#setDueDateAction": "findings:triage",
  "settings/actions.ts#saveSeveritySlas": "settings:manage",
  "accounts/actions.ts#createAccountAction": "accounts:manage",
  "accounts/actions.ts#testConnectionAction": "accounts:manage",
  "scans/actions.ts#requestScanAction": "scans:run",
  "scans/actions.ts#updateScheduleAction": "accounts:manage",
  "settings/integrations/actions.ts#createIntegrationAction": "settings:manage",
  "settings/integrations/actions.ts#createTokenAction": "settings:manage",
  "settings/integrations/actions.ts#revokeTokenAction": "settings:manage",
  "settings/notifications/actions.ts#createChannelAction": "settings:manage",
  "settings/notifications/actions.ts#createRuleAction": "settings:manage",
  "settings/notifications/actions.ts#sendTestAction": "settings:manage",
};
