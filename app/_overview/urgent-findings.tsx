import Link from "next/link";
import { getScope } from "@/app/_auth/get-actor";
import { findUrgentFindings } from "@/lib/findings/find-urgent-findings";
import { SeverityBadge } from "@/app/_components/badges";
import { TimeAgo } from "@/app/_components/time-ago";

export async function UrgentFindings() {
  const findings = await findUrgentFindings({ scope: await getScope() });
  return (
    <section className="card" aria-labelledby="urgent-heading">
      <h2 id="urgent-heading">Newest critical and high findings</h2>
      {findings.length === 0 ? (
        <p className="muted">Nothing critical or high is open.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Finding</th>
              <th scope="col">First seen</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((finding) => (
              <tr key={finding.id}>
                <td><SeverityBadge severity={finding.severity} /></td>
                <td>
                  <Link href={`/findings/${finding.id}`}>{finding.title}</Link>
                  <div className="muted mono">{finding.resourceArn}</div>
                </td>
                <td><TimeAgo date={finding.firstSeenAt} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p><Link href="/findings?severity=critical,high">All open critical and high findings</Link></p>
    </section>
  );
}
