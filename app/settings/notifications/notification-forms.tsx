"use client";
import { useState } from "react";
import { createChannelAction, createRuleAction, sendTestAction } from "./actions";
import { ActionForm, Field } from "./action-form";

export function ChannelForm() {
  const [kind, setKind] = useState("webhook");
  return (
    <ActionForm action={createChannelAction} submit="Add channel">
      <Field label="Kind">
        <select name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="webhook">Webhook (signed JSON)</option>
          <option value="slack">Slack incoming webhook</option>
          <option value="email">E-mail (SMTP)</option>
        </select>
      </Field>
      <Field label="Name"><input name="name" required maxLength={100} /></Field>
      {kind !== "email" ? <Field label={kind === "slack" ? "Incoming webhook URL (stored sealed)" : "URL"}><input name="url" type="url" required /></Field> : null}
      {kind === "webhook" ? (
        <Field label="Signing secret" help="At least 16 characters; stored sealed. Receivers verify the Vigil-Signature header with it.">
          <input name="secret" type="password" required minLength={16} autoComplete="off" />
        </Field>
      ) : null}
      {kind === "email" ? (
        <>
          <Field label="SMTP host"><input name="host" required /></Field>
          <Field label="Port"><input name="port" type="number" defaultValue={587} /></Field>
          <label><input name="secure" type="checkbox" /> Implicit TLS (port 465)</label>
          <Field label="User"><input name="user" autoComplete="off" /></Field>
          <Field label="Password" help="Stored sealed with VIGIL_ENCRYPTION_KEY."><input name="password" type="password" autoComplete="off" /></Field>
          <Field label="From"><input name="from" type="email" required /></Field>
          <Field label="To" help="Comma-separated addresses."><input name="to" required /></Field>
        </>
      ) : null}
    </ActionForm>
  );
}

export function RuleForm({ channels }: { channels: { id: string; name: string }[] }) {
  return (
    <ActionForm action={createRuleAction} submit="Add rule">
      <Field label="Name"><input name="name" required maxLength={100} /></Field>
      <Field label="Channel">
        <select name="channelId">{channels.map((channel) => <option key={channel.id} value={channel.id}>{channel.name}</option>)}</select>
      </Field>
      <Field label="Severity at or above">
        <select name="minSeverity" defaultValue="high">
          {["critical", "high", "medium", "low", "informational"].map((severity) => <option key={severity}>{severity}</option>)}
        </select>
      </Field>
      <fieldset>
        <legend>Events</legend>
        <label><input type="checkbox" name="events" value="opened" defaultChecked /> New findings</label>{" "}
        <label><input type="checkbox" name="events" value="regressed" defaultChecked /> Regressions</label>{" "}
        <label><input type="checkbox" name="events" value="anomaly" /> Unusual changes</label>
      </fieldset>
      <Field label="Send as">
        <select name="digest" defaultValue="">
          <option value="">Each event, after each scan</option>
          <option value="daily">Daily digest</option>
          <option value="weekly">Weekly digest (Mondays)</option>
        </select>
      </Field>
      <Field label="Frameworks" help="Comma-separated framework ids, e.g. cis-aws-7.0; empty means any."><input name="frameworks" /></Field>
      <Field label="Accounts" help="Comma-separated account ids; empty means any."><input name="accountIds" /></Field>
      <Field label="Checks" help="Comma-separated check ids; empty means any."><input name="checkIds" /></Field>
    </ActionForm>
  );
}

export function TestButton({ channelId }: { channelId: string }) {
  return (
    <ActionForm action={sendTestAction} submit="Send a test" success={() => <span className="muted">Queued; see the deliveries below.</span>}>
      <input type="hidden" name="channelId" value={channelId} />
    </ActionForm>
  );
}
