"use client";
import { useActionState } from "react";
import { updateScheduleAction } from "@/app/scans/actions";

/** An account's scan schedule (cron, UTC), validated on the server with the scheduler's own parser. */
export function ScheduleForm({ accountId, schedule, canEdit }: { accountId: string; schedule: string; canEdit: boolean }) {
  const [state, action, pending] = useActionState(updateScheduleAction, null);
  return (
    <form action={action} style={{ display: "flex", gap: "0.5rem", alignItems: "flex-end", flexWrap: "wrap" }}>
      <input type="hidden" name="accountId" value={accountId} />
      <label style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
        Schedule (cron, UTC)
        <input name="scanSchedule" defaultValue={schedule} required disabled={!canEdit} className="mono" style={{ width: "11rem" }}
          aria-describedby={`schedule-help-${accountId}`} />
      </label>
      {canEdit ? <button type="submit" className="secondary" disabled={pending}>Save schedule</button> : null}
      <span id={`schedule-help-${accountId}`} className="muted">e.g. <code>0 */6 * * *</code> every 6 hours</span>
      {state && !state.ok ? <p role="alert" className="notice error" style={{ flexBasis: "100%", margin: 0 }}>{state.message}</p> : null}
      {state?.ok ? <p role="status" className="muted" style={{ flexBasis: "100%", margin: 0 }}>Saved: {state.value.scanSchedule}</p> : null}
    </form>
  );
}
