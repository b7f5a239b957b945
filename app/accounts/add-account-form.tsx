"use client";
// Add an AWS account: the role Vigil assumes, its external id, the regions, the schedule, and a
// connection test that tries the same AssumeRole + GetCallerIdentity a scan would.
import { useActionState, useRef, useState } from "react";
import type { ConnectionTestResult } from "@/lib/accounts/test-account-connection";
import { createAccountAction, testConnectionAction } from "@/app/accounts/actions";
import styles from "@/app/accounts/accounts.module.css";

export function AddAccountForm({ defaultSchedule, suggestedExternalId }: { defaultSchedule: string; suggestedExternalId: string }) {
  const [state, action, pending] = useActionState(createAccountAction, null);
  const [test, setTest] = useState<{ pending: boolean; result?: ConnectionTestResult; problem?: string }>({ pending: false });
  const form = useRef<HTMLFormElement>(null);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};

  const runTest = async () => {
    if (!form.current) return;
    const data = new FormData(form.current);
    setTest({ pending: true });
    const result = await testConnectionAction({ accountId: data.get("id"), roleArn: data.get("roleArn"), externalId: data.get("externalId") });
    setTest(result.ok ? { pending: false, result: result.value } : { pending: false, problem: result.message });
  };

  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, help?: string) => (
    <label className={name === "roleArn" ? `${styles.field} ${styles.wide}` : styles.field}>
      {label}
      <input name={name} aria-invalid={errors[name] ? true : undefined} aria-describedby={`${name}-help`} {...props} />
      <span id={`${name}-help`} className={errors[name] ? styles.error : "muted"}>{errors[name] ?? help}</span>
    </label>
  );

  return (
    <form ref={form} action={action} className={styles.form} aria-label="Add an AWS account">
      {field("id", "AWS account id", { required: true, inputMode: "numeric", pattern: "\\d{12}", placeholder: "123456789012" }, "12 digits")}
      {field("name", "Name", { required: true, maxLength: 100, placeholder: "Production" })}
      {field("roleArn", "Role ARN", { required: true, placeholder: "arn:aws:iam::123456789012:role/VigilReadOnly", className: "mono" }, "The read-only role below, created in that account")}
      {field("externalId", "External id", { defaultValue: suggestedExternalId, className: "mono" }, "Put the same value in the role's trust policy")}
      {field("regions", "Regions", { placeholder: "eu-west-1, us-east-1" }, "Empty: every region enabled in the account")}
      {field("scanSchedule", "Schedule (cron, UTC)", { defaultValue: defaultSchedule, className: "mono" })}
      <div className={styles.buttons}>
        <button type="button" className="secondary" onClick={runTest} disabled={test.pending}>{test.pending ? "Testing…" : "Test connection"}</button>
        <button type="submit" disabled={pending}>Add account</button>
      </div>
      <div aria-live="polite" className={styles.results}>
        {test.problem ? <p className="notice error" role="alert">{test.problem}</p> : null}
        {test.result?.ok ? (
          <p className="notice" data-testid="connection-result">
            <strong>Connected.</strong> Vigil assumed the role and AWS answered as <span className="mono">{test.result.arn}</span>.
          </p>
        ) : null}
        {test.result && !test.result.ok ? (
          <div className="notice error" data-testid="connection-result">
            <p><strong>Connection failed: {test.result.errorCode}</strong></p>
            <p className="mono">{test.result.message}</p>
            <p>{test.result.hint}</p>
          </div>
        ) : null}
        {state && !state.ok && !state.fieldErrors ? <p className="notice error" role="alert">{state.message}</p> : null}
        {state?.ok ? <p className="notice" role="status">Added {state.value.name} ({state.value.id}). Its first scheduled scan will run at the next slot, or use Scan now on the scans page.</p> : null}
      </div>
    </form>
  );
}
