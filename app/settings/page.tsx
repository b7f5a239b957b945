import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getSeveritySlas } from "@/lib/settings/get-severity-slas";
import { getActor } from "@/app/_auth/get-actor";
import { TimeAgo } from "@/app/_components/time-ago";
import { SlaForm } from "@/app/settings/sla-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await connection();
  const [actor, sla] = await Promise.all([getActor(), getSeveritySlas()]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Settings</h1>
          <p className="muted">How Vigil sets due dates, and where it sends what it finds.</p>
        </div>
      </div>
      <nav aria-label="Settings sections" style={{ marginBottom: "1rem" }}>
        <Link href="/settings/notifications">Notifications</Link> · <Link href="/settings/integrations">Integrations (Jira, API tokens)</Link>
      </nav>
      <section className="card" aria-labelledby="sla-heading" style={{ maxWidth: "44rem" }}>
        <h2 id="sla-heading">Severity SLAs</h2>
        <p>
          Days to fix a finding of each severity, counted from when it was first seen. Changing them moves the due dates
          of open findings, except dates someone set by hand. Leave a field empty for no due date.
        </p>
        <p className="muted">
          {sla.source === "default" ? "Vigil's defaults apply." : <>Last changed <TimeAgo date={sla.updatedAt} />.</>}
        </p>
        <SlaForm slas={sla.slas} canEdit={can(actor, "settings:manage")} />
      </section>
    </>
  );
}
