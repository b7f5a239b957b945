import type { CheckMetadata } from "@/lib/findings/get-finding";

/** How to fix it, from the check catalogue: console steps, CLI and Terraform. Says so when the catalogue has nothing. */
export function RemediationPanel({ check }: { check: CheckMetadata | null }) {
  return (
    <section className="card" aria-labelledby="remediation-heading">
      <h2 id="remediation-heading">How to fix it</h2>
      {check ? (
        <>
          <h3>In the console</h3>
          <ol>
            {check.remediation.console.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {check.remediation.cli ? (
            <>
              <h3>AWS CLI</h3>
              <pre className="card" tabIndex={0}><code>{check.remediation.cli}</code></pre>
            </>
          ) : null}
          {check.remediation.terraform ? (
            <>
              <h3>Terraform</h3>
              <pre className="card" tabIndex={0}><code>{check.remediation.terraform}</code></pre>
            </>
          ) : null}
        </>
      ) : (
        <p className="muted">Remediation steps for this check are not available in this version of Vigil.</p>
      )}
    </section>
  );
}
