"use client";
import { useEffect } from "react";

/** The body of every error.tsx: says what failed, offers a retry, never shows internals. */
export function RouteError({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as Error & { digest?: string }).digest ?? "") : "";
  return (
    <div className="notice error" role="alert">
      <h2>Vigil could not load {what}</h2>
      <p>The database may be unavailable or still starting. Try again in a moment.{digest ? ` (reference ${digest})` : ""}</p>
      <button type="button" onClick={() => retry()}>Try again</button>
    </div>
  );
}
