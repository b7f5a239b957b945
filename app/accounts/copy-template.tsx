"use client";
import { useState } from "react";

/** A template to copy, with a copy button (the text stays selectable for browsers without clipboard access). */
export function CopyTemplate({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <button type="button" className="secondary" onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}>Copy {label}</button>
      <span role="status" className="muted"> {copied ? "Copied." : ""}</span>
      <pre tabIndex={0} aria-label={label} style={{ maxHeight: 360, overflow: "auto", background: "var(--surface-2)", padding: "0.75rem", borderRadius: "var(--radius)", border: "1px solid var(--border)" }}>
        <code>{text}</code>
      </pre>
    </div>
  );
}
