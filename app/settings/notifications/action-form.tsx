"use client";
import { useActionState, type ReactNode } from "react";

type Result = { ok: true; value: unknown } | { ok: false; message: string } | null;

/** A form posting to a server action that returns an ActionResult, showing its error or success message. */
export function ActionForm({
  action,
  submit,
  success,
  children,
}: {
  action: (previous: Result, form: FormData) => Promise<Result>;
  submit: string;
  success?: (value: unknown) => ReactNode;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="grid" style={{ gap: "0.6rem", maxWidth: "40rem" }}>
      {children}
      <div>
        <button type="submit" disabled={pending}>{submit}</button>
      </div>
      {state && !state.ok ? <p role="alert" className="notice error" style={{ margin: 0 }}>{state.message}</p> : null}
      {state?.ok ? <div role="status">{success ? success(state.value) : <span className="muted">Saved.</span>}</div> : null}
    </form>
  );
}

export function Field({ label, children, help }: { label: string; children: ReactNode; help?: string }) {
  return (
    <label style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
      {label}
      {children}
      {help ? <span className="muted" style={{ fontSize: "0.85rem" }}>{help}</span> : null}
    </label>
  );
}
