"use client";
// Triage controls of one finding: the status workflow, assignee, due date, and suppression or risk
// acceptance with a justification and expiry. Changes apply at once and roll back if the server refuses.
import { useState, type FormEvent } from "react";
import { can, type Actor } from "@/lib/auth/permissions";
import type { FindingTriage } from "@/lib/findings/get-finding-triage";
import type { AcceptanceKind, WorkflowStatus } from "@/lib/findings/triage.schemas";
import { StatusBadge } from "@/app/_components/badges";
import { formatDateTime } from "@/app/_format/format-time";
import { assignFindingsAction, changeFindingStatus, setDueDateAction, suppressFindingsAction } from "@/app/findings/actions";
import { useFindingTriage } from "@/app/findings/use-finding-triage";
import { useTriageMutation } from "@/app/findings/use-triage-mutation";
import styles from "@/app/findings/[id]/triage.module.css";

interface Person {
  id: string;
  name: string;
}

const NEXT_STEPS: Record<FindingTriage["status"], { to: WorkflowStatus; label: string }[]> = {
  open: [{ to: "in_progress", label: "Start work" }, { to: "resolved", label: "Mark resolved" }],
  in_progress: [{ to: "resolved", label: "Mark resolved" }, { to: "open", label: "Back to open" }],
  resolved: [{ to: "open", label: "Reopen" }],
  suppressed: [{ to: "open", label: "Lift suppression" }],
  risk_accepted: [{ to: "open", label: "Withdraw risk acceptance" }],
};

const dateInput = (iso: string | null) => (iso ? iso.slice(0, 10) : "");
const endOfDay = (value: string) => new Date(`${value}T23:59:59.000Z`).toISOString();

export function TriagePanel({ initial, actor, assignees }: { initial: FindingTriage; actor: Actor; assignees: Person[] }) {
  const { data: triage } = useFindingTriage(initial);
  const target = { accountId: triage.accountId, assigneeId: triage.assignee?.id ?? null };
  const mayTriage = can(actor, "findings:triage", target);
  const maySuppress = can(actor, "findings:suppress", target);
  const ids = () => [triage.id];

  const status = useTriageMutation({
    action: changeFindingStatus,
    findingIds: ids,
    patchTriage: (current, input: { findingIds: string[]; status: WorkflowStatus }) => ({ ...current, status: input.status, suppressedUntil: null, suppressionReason: null }),
    touchesLists: true,
  });
  const assign = useTriageMutation({
    action: assignFindingsAction,
    findingIds: ids,
    patchTriage: (current, input: { findingIds: string[]; assigneeId: string | null }) => ({
      ...current, assignee: input.assigneeId ? { id: input.assigneeId, name: assignees.find((p) => p.id === input.assigneeId)?.name ?? "…" } : null,
    }),
    touchesLists: true,
  });
  const due = useTriageMutation({
    action: setDueDateAction,
    findingIds: ids,
    patchTriage: (current, input: { findingIds: string[]; dueAt: string | null }) => ({ ...current, dueAt: input.dueAt }),
    touchesLists: true,
  });
  const suppress = useTriageMutation({
    action: suppressFindingsAction,
    findingIds: ids,
    patchTriage: (current, input: { findingIds: string[]; kind: AcceptanceKind; reason: string; until: string }) => ({
      ...current, status: input.kind, suppressionReason: input.reason, suppressedUntil: input.until,
    }),
    touchesLists: true,
  });
  const [dueValue, setDueValue] = useState(dateInput(triage.dueAt));
  const error = [status, assign, due, suppress].find((mutation) => mutation.isError)?.error;

  const submitSuppression = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const until = String(form.get("until") ?? "");
    suppress.mutate({
      findingIds: [triage.id],
      kind: form.get("kind") === "risk_accepted" ? "risk_accepted" : "suppressed",
      reason: String(form.get("reason") ?? ""),
      until: until ? endOfDay(until) : "",
    }, { onSuccess: () => (event.target as HTMLFormElement).reset() });
  };

  return (
    <section className="card" aria-labelledby="triage-heading" data-testid="triage-panel">
      <h2 id="triage-heading">Triage</h2>
      {!mayTriage ? (
        <p className="muted">
          {actor.role === "viewer" ? "Your role can read findings but not change them." : "Only the assignee of this finding (or an analyst) can change it."}
        </p>
      ) : null}
      {error ? <p className="notice error" role="alert">{error.message}</p> : null}

      <div className={styles.row}>
        <span className="muted">Status</span>
        <span data-testid="triage-status"><StatusBadge status={triage.status} /></span>
      </div>
      {triage.suppressedUntil ? (
        <p className={styles.note}>
          Until {formatDateTime(new Date(triage.suppressedUntil))}, then it reopens.
          {triage.suppressionReason ? <><br /><span className="muted">Justification:</span> {triage.suppressionReason}</> : null}
        </p>
      ) : null}
      <div className={styles.buttons}>
        {NEXT_STEPS[triage.status].map((step) => {
          const allowed = triage.status === "suppressed" || triage.status === "risk_accepted" ? maySuppress : mayTriage;
          return (
            <button key={step.to} type="button" className={step.to === "open" ? "secondary" : undefined} disabled={!allowed || status.isPending}
              onClick={() => status.mutate({ findingIds: [triage.id], status: step.to })}>
              {step.label}
            </button>
          );
        })}
      </div>

      <label className={styles.field}>
        Assignee
        <select value={triage.assignee?.id ?? ""} disabled={!mayTriage || assign.isPending}
          onChange={(event) => assign.mutate({ findingIds: [triage.id], assigneeId: event.target.value || null })}>
          <option value="">Unassigned</option>
          {assignees.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
        </select>
      </label>
      {triage.assignee?.id !== actor.userId && can(actor, "findings:triage", { ...target, assigneeId: actor.userId }) && mayTriage ? (
        <button type="button" className="secondary" onClick={() => assign.mutate({ findingIds: [triage.id], assigneeId: actor.userId })}>
          Assign to me
        </button>
      ) : null}

      <form className={styles.inline} onSubmit={(event) => {
        event.preventDefault();
        due.mutate({ findingIds: [triage.id], dueAt: dueValue ? endOfDay(dueValue) : null });
      }}>
        <label className={styles.field}>
          Due date
          <input type="date" value={dueValue} onChange={(event) => setDueValue(event.target.value)} disabled={!mayTriage} />
        </label>
        <button type="submit" className="secondary" disabled={!mayTriage || due.isPending}>Save due date</button>
      </form>
      {triage.dueAt ? <p className="muted" data-testid="triage-due">Due {formatDateTime(new Date(triage.dueAt))}</p> : null}

      {maySuppress && triage.status !== "resolved" ? (
        <details className={styles.suppress}>
          <summary>Suppress or accept the risk…</summary>
          <form onSubmit={submitSuppression} className={styles.stack}>
            <fieldset className={styles.kinds}>
              <legend>Decision</legend>
              <label><input type="radio" name="kind" value="suppressed" defaultChecked /> Suppress (false positive or not relevant)</label>
              <label><input type="radio" name="kind" value="risk_accepted" /> Accept the risk</label>
            </fieldset>
            <label className={styles.field}>
              Justification
              <textarea name="reason" required minLength={10} maxLength={2000} rows={3} />
            </label>
            <label className={styles.field}>
              Reopens on
              <input type="date" name="until" required />
            </label>
            <button type="submit" disabled={suppress.isPending}>Save decision</button>
          </form>
        </details>
      ) : null}
    </section>
  );
}
