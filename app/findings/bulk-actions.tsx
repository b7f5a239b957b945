"use client";
// Bulk triage of the selected rows: assign, change status, suppress or accept the risk (with justification
// and expiry). Buttons the actor's role cannot use are not offered.
import { useState, type FormEvent } from "react";
import { can, type Actor } from "@/lib/auth/permissions";
import type { AcceptanceKind, WorkflowStatus } from "@/lib/findings/triage.schemas";
import { assignFindingsAction, changeFindingStatus, suppressFindingsAction } from "@/app/findings/actions";
import { useTriageMutation } from "@/app/findings/use-triage-mutation";
import styles from "@/app/findings/findings.module.css";

type Mode = "assign" | "status" | "suppress";

export function BulkActions({ selectedIds, actor, assignees, onDone }: {
  selectedIds: string[];
  actor: Actor;
  assignees: { id: string; name: string }[];
  onDone: () => void;
}) {
  const [mode, setMode] = useState<Mode>("assign");
  const [message, setMessage] = useState<string | null>(null);
  const ids = (input: { findingIds: string[] }) => input.findingIds;
  const done = (verb: string) => (value: unknown) => {
    const changed = (value as { changed?: number }).changed ?? 0;
    setMessage(`${changed} finding${changed === 1 ? "" : "s"} ${verb}.`);
    onDone();
  };
  const assign = useTriageMutation({
    action: assignFindingsAction, findingIds: ids, touchesLists: true,
    patchRow: (row, input: { findingIds: string[]; assigneeId: string | null }) => ({
      ...row, assignee: input.assigneeId ? { id: input.assigneeId, name: assignees.find((p) => p.id === input.assigneeId)?.name ?? "…" } : null,
    }),
  });
  const status = useTriageMutation({
    action: changeFindingStatus, findingIds: ids, touchesLists: true,
    patchRow: (row, input: { findingIds: string[]; status: WorkflowStatus }) => ({ ...row, status: input.status }),
  });
  const suppress = useTriageMutation({
    action: suppressFindingsAction, findingIds: ids, touchesLists: true,
    patchRow: (row, input: { findingIds: string[]; kind: AcceptanceKind; reason: string; until: string }) => ({ ...row, status: input.kind }),
  });
  const mayTriage = can(actor, "findings:triage") || actor.role === "engineer";
  const maySuppress = can(actor, "findings:suppress");
  const error = [assign, status, suppress].find((mutation) => mutation.isError)?.error;
  const pending = assign.isPending || status.isPending || suppress.isPending;

  if (!mayTriage) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    const form = new FormData(event.currentTarget);
    const findingIds = selectedIds;
    if (mode === "assign") assign.mutate({ findingIds, assigneeId: String(form.get("assignee") ?? "") || null }, { onSuccess: done("assigned") });
    if (mode === "status") status.mutate({ findingIds, status: String(form.get("status")) as WorkflowStatus }, { onSuccess: done("updated") });
    if (mode === "suppress") {
      const until = String(form.get("until") ?? "");
      suppress.mutate({
        findingIds, kind: form.get("kind") === "risk_accepted" ? "risk_accepted" : "suppressed",
        reason: String(form.get("reason") ?? ""), until: until ? new Date(`${until}T23:59:59.000Z`).toISOString() : "",
      }, { onSuccess: done("suppressed") });
    }
  };

  return (
    <form className={`card ${styles.bulk}`} aria-label="Bulk actions" onSubmit={submit}>
      <strong aria-live="polite">{selectedIds.length === 0 ? "Select findings to act on them together" : `${selectedIds.length} selected`}</strong>
      <label>
        Action
        <select value={mode} onChange={(event) => setMode(event.target.value as Mode)}>
          <option value="assign">Assign</option>
          <option value="status">Change status</option>
          {maySuppress ? <option value="suppress">Suppress / accept risk</option> : null}
        </select>
      </label>
      {mode === "assign" ? (
        <label>
          Assignee
          <select name="assignee" defaultValue={actor.userId}>
            <option value="">Unassigned</option>
            {assignees.map((person) => <option key={person.id} value={person.id}>{person.name}</option>)}
          </select>
        </label>
      ) : null}
      {mode === "status" ? (
        <label>
          New status
          <select name="status" defaultValue="in_progress">
            <option value="open">Open</option>
            <option value="in_progress">In progress</option>
            <option value="resolved">Resolved</option>
          </select>
        </label>
      ) : null}
      {mode === "suppress" ? (
        <>
          <label>
            Decision
            <select name="kind" defaultValue="suppressed">
              <option value="suppressed">Suppress</option>
              <option value="risk_accepted">Accept the risk</option>
            </select>
          </label>
          <label className={styles.reason}>
            Justification
            <input name="reason" required minLength={10} maxLength={2000} />
          </label>
          <label>
            Reopens on
            <input type="date" name="until" required />
          </label>
        </>
      ) : null}
      <button type="submit" disabled={selectedIds.length === 0 || pending}>Apply to selected</button>
      {error ? <p className="notice error" role="alert">{error.message}</p> : message ? <p className="muted" role="status">{message}</p> : null}
    </form>
  );
}
