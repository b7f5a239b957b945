"use client";
import { useState } from "react";
import { ActionForm, Field } from "@/app/settings/notifications/action-form";
import { createIntegrationAction, createTokenAction, revokeTokenAction } from "./actions";

export function IntegrationForm() {
  const [kind, setKind] = useState("jira");
  return (
    <ActionForm action={createIntegrationAction} submit="Add tracker">
      <Field label="Kind">
        <select name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="jira">Jira Cloud</option>
          <option value="webhook">Other tracker (signed webhook)</option>
        </select>
      </Field>
      <Field label="Name"><input name="name" required maxLength={100} /></Field>
      {kind === "jira" ? (
        <>
          <Field label="Site URL" help="e.g. https://your-team.atlassian.net"><input name="baseUrl" type="url" required /></Field>
          <Field label="Account e-mail"><input name="email" type="email" required /></Field>
          <Field label="API token" help="Created at id.atlassian.com; stored sealed with VIGIL_ENCRYPTION_KEY."><input name="apiToken" type="password" required autoComplete="off" /></Field>
          <Field label="Project key"><input name="projectKey" required pattern="[A-Z][A-Z0-9_]+" /></Field>
          <Field label="Issue type"><input name="issueType" defaultValue="Task" /></Field>
        </>
      ) : (
        <>
          <Field label="URL" help='Answers 2xx with { "key": "...", "url": "..." }.'><input name="url" type="url" required /></Field>
          <Field label="Signing secret"><input name="secret" type="password" required minLength={16} autoComplete="off" /></Field>
        </>
      )}
    </ActionForm>
  );
}

const ACTIONS = ["findings:read", "findings:export", "resources:read", "principals:read", "compliance:read", "scans:read", "accounts:read"];

export function TokenForm() {
  return (
    <ActionForm
      action={createTokenAction}
      submit="Create token"
      success={(value) => (
        <p>
          Copy this token now; it will not be shown again:
          <br />
          <code className="mono">{(value as { token: string }).token}</code>
        </p>
      )}
    >
      <Field label="Name"><input name="name" required maxLength={100} /></Field>
      <fieldset>
        <legend>May</legend>
        {ACTIONS.map((action) => (
          <label key={action} style={{ marginRight: "0.75rem" }}>
            <input type="checkbox" name="actions" value={action} defaultChecked={action === "findings:read"} /> {action}
          </label>
        ))}
      </fieldset>
      <Field label="Accounts" help="Comma-separated account ids; empty means every account."><input name="accountScope" /></Field>
      <Field label="Expires">
        <select name="expiresInDays" defaultValue="90">
          <option value="30">in 30 days</option>
          <option value="90">in 90 days</option>
          <option value="365">in a year</option>
          <option value="never">never</option>
        </select>
      </Field>
    </ActionForm>
  );
}

export function RevokeButton({ tokenId }: { tokenId: string }) {
  return (
    <ActionForm action={revokeTokenAction} submit="Revoke" success={() => <span className="muted">Revoked.</span>}>
      <input type="hidden" name="tokenId" value={tokenId} />
    </ActionForm>
  );
}
