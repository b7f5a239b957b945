"use client";
import { useActionState } from "react";
import { SEVERITIES } from "@/lib/findings/findings.schemas";
import { severityLabel } from "@/lib/findings/get-chart-series";
import type { SeveritySlas } from "@/lib/settings/severity-slas.schemas";
import { saveSeveritySlas } from "@/app/settings/actions";

export function SlaForm({ slas, canEdit }: { slas: SeveritySlas; canEdit: boolean }) {
  const [state, action, pending] = useActionState(saveSeveritySlas, null);
  return (
    <form action={action} style={{ display: "grid", gap: "0.75rem" }}>
      <div style={{ display: "flex", gap: "1rem", flexWrap: "wrap" }}>
        {SEVERITIES.map((severity) => (
          <label key={severity} style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
            {severityLabel(severity)} (days)
            <input type="number" name={severity} min={1} max={3650} defaultValue={slas[severity] ?? ""} disabled={!canEdit} style={{ width: "7rem" }} />
          </label>
        ))}
      </div>
      {state && !state.ok ? <p className="notice error" role="alert">{state.message}</p> : null}
      {state?.ok ? <p className="notice" role="status">Saved. {state.value.findingsUpdated} due date(s) moved.</p> : null}
      <div>
        {canEdit ? <button type="submit" disabled={pending}>Save SLAs</button> : <p className="muted">Only an admin can change settings.</p>}
      </div>
    </form>
  );
}
