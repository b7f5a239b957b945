import type { Metadata } from "next";
import { connection } from "next/server";
import { getActor } from "@/app/_auth/get-actor";
import { formatDateTime } from "@/app/_format/format-time";
import { authorize } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { findNotificationSettings } from "@/lib/notifications/find-notification-settings";
import { ChannelForm, RuleForm, TestButton } from "./notification-forms";

export const metadata: Metadata = { title: "Notifications" };

/** Where news of new and regressed findings goes (webhooks, Slack, e-mail), by which rules, and what was sent. */
export default async function NotificationSettingsPage() {
  await connection();
  authorize(await getActor(), "settings:manage");
  const { channels, rules, deliveries } = await findNotificationSettings(db());
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Notifications</h1>
          <p className="muted">
            After every scan, new and regressed findings that match a rule go to its channel within minutes; digest rules send one
            summary a day or a week instead. Failed deliveries are retried with backoff and never hold up a scan.
          </p>
        </div>
      </div>
      <div className="grid">
        <section className="card" aria-labelledby="channels-heading">
          <h2 id="channels-heading">Channels</h2>
          {channels.length === 0 ? <p className="muted">No channel yet.</p> : (
            <table className="data">
              <thead><tr><th>Name</th><th>Kind</th><th>Destination</th><th></th></tr></thead>
              <tbody>
                {channels.map((channel) => {
                  const config = channel.config as { url?: string; to?: string[]; host?: string };
                  return (
                    <tr key={channel.id}>
                      <td>{channel.name}{channel.enabled ? null : <span className="muted"> · disabled</span>}</td>
                      <td>{channel.kind}</td>
                      <td className="mono">{config.url ?? (config.to ? `${config.to.join(", ")} via ${config.host}` : "Slack webhook (sealed)")}</td>
                      <td><TestButton channelId={channel.id} /></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          <h3>Add a channel</h3>
          <ChannelForm />
        </section>
        <section className="card" aria-labelledby="rules-heading">
          <h2 id="rules-heading">Rules</h2>
          {rules.length === 0 ? <p className="muted">No rule yet: nothing is sent.</p> : (
            <table className="data">
              <thead><tr><th>Name</th><th>Sends</th><th>Filters</th><th>Channel</th></tr></thead>
              <tbody>
                {rules.map((rule) => (
                  <tr key={rule.id}>
                    <td>{rule.name}</td>
                    <td>{rule.digest ? `${rule.digest} digest` : rule.events.join(" and ") || "every event"}</td>
                    <td>
                      {rule.minSeverity} or worse
                      {rule.frameworks.length ? ` · frameworks ${rule.frameworks.join(", ")}` : ""}
                      {rule.accountIds.length ? ` · accounts ${rule.accountIds.join(", ")}` : ""}
                      {rule.checkIds.length ? ` · checks ${rule.checkIds.join(", ")}` : ""}
                    </td>
                    <td>{rule.channel.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>Add a rule</h3>
          {channels.length === 0 ? <p className="muted">Add a channel first.</p> : <RuleForm channels={channels.map(({ id, name }) => ({ id, name }))} />}
        </section>
        <section className="card" aria-labelledby="deliveries-heading">
          <h2 id="deliveries-heading">Recent deliveries</h2>
          {deliveries.length === 0 ? <p className="muted">Nothing sent yet.</p> : (
            <table className="data">
              <thead><tr><th>When</th><th>Channel</th><th>Event</th><th>Status</th><th className="num">Attempts</th><th>Last error</th></tr></thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td>{formatDateTime(delivery.createdAt)}</td>
                    <td>{delivery.channel.name}</td>
                    <td>{delivery.event}</td>
                    <td>{delivery.status}{delivery.responseCode ? ` (${delivery.responseCode})` : ""}</td>
                    <td className="num">{delivery.attempts}</td>
                    <td className="mono">{delivery.lastError ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
