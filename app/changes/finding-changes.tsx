import Link from "next/link";
import { SeverityBadge } from "@/app/_components/badges";
import type { ChangedFinding, ChangeSet } from "@/lib/changes/change-set";

function FindingTable({ caption, findings }: { caption: string; findings: ChangedFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <table className="data">
      <caption style={{ textAlign: "left", fontWeight: 600, padding: "0.4rem 0" }}>{caption} ({findings.length})</caption>
      <thead>
        <tr><th>Severity</th><th>Finding</th><th>Resource</th></tr>
      </thead>
      <tbody>
        {findings.map((finding) => (
          <tr key={finding.id}>
            <td><SeverityBadge severity={finding.severity} /></td>
            <td><Link href={`/findings/${finding.id}`}>{finding.title}</Link>{finding.resolution === "resource_deleted" ? <span className="muted"> · resource deleted</span> : null}</td>
            <td className="mono">{finding.resourceArn}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FindingChanges({ findings }: { findings: ChangeSet["findings"] }) {
  if (findings.new.length + findings.resolved.length + findings.regressed.length === 0) return <p className="muted">No finding changed.</p>;
  return (
    <>
      <FindingTable caption="New findings" findings={findings.new} />
      <FindingTable caption="Regressed findings" findings={findings.regressed} />
      <FindingTable caption="Resolved findings" findings={findings.resolved} />
    </>
  );
}
