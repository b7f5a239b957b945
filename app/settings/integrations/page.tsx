import type { Metadata } from "next";
import { connection } from "next/server";
import { getActor } from "@/app/_auth/get-actor";
import { formatDateTime } from "@/app/_format/format-time";
import { findApiTokens } from "@/lib/api-tokens/find-api-tokens";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findTicketIntegrations } from "@/lib/tickets/find-ticket-integrations";
import { IntegrationForm, RevokeButton, TokenForm } from "./integration-forms";

export const metadata: Metadata = { title: "Integrations" };

/** Issue trackers findings can be sent to, and API tokens for SIEMs and scripts (docs/INTEGRATIONS.md). */
export default async function IntegrationsPage() {
  await connection();
  authorize(await getActor(), "settings:manage");
  const [integrations, tokens] = await Promise.all([findTicketIntegrations(db()), findApiTokens(db())]);
  const now = new Date();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Integrations</h1>
          <p className="muted">
            Send findings to Jira or another tracker (closing the issue resolves the finding), and let SIEMs pull findings,
            resources and scans from the read-only API at <code>/api/v1</code> with a token.
          </p>
        </div>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="trackers-heading">
          <h2 id="trackers-heading">Issue trackers</h2>
          {integrations.length === 0 ? <p className="muted">No tracker yet.</p> : (
            <table className="data">
              <thead><tr><th>Name</th><th>Kind</th><th>Where</th><th className="num">Linked findings</th></tr></thead>
              <tbody>
                {integrations.map((integration) => {
                  const config = integration.config as { baseUrl?: string; projectKey?: string; url?: string };
                  return (
                    <tr key={integration.id}>
                      <td>{integration.name}</td>
                      <td>{integration.kind}</td>
                      <td className="mono">{config.baseUrl ? `${config.baseUrl} (${config.projectKey})` : config.url}</td>
                      <td className="num">{integration._count.tickets}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <h3>Add a tracker</h3>
          <IntegrationForm />
        </section>
        <section className="card" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">API tokens</h2>
          {tokens.length === 0 ? <p className="muted">No token yet.</p> : (
            <table className="data">
              <thead><tr><th>Name</th><th>Token</th><th>May</th><th>Accounts</th><th>Last used</th><th>State</th><th></th></tr></thead>
              <tbody>
                {tokens.map((token) => {
                  const state = token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : token.expiresAt ? `expires ${formatDateTime(token.expiresAt)}` : "active";
                  return (
                    <tr key={token.id}>
                      <td>{token.name}</td>
                      <td className="mono">{token.prefix}…</td>
                      <td>{token.actions.join(", ")}</td>
                      <td>{token.accountScope.length ? token.accountScope.join(", ") : "all"}</td>
                      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "never"}</td>
                      <td>{state}</td>
                      <td>{token.revokedAt ? null : <RevokeButton tokenId={token.id} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <h3>Create a token</h3>
          <TokenForm />
        </section>
      </div>
    </>
  );
}
