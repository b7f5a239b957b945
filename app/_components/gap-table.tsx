interface Gap {
  id: string;
  service: string;
  region: string;
  api: string;
  resourceArn: string | null;
  errorCode: string;
  message: string;
}

/** What a scan could not read: service, region, API, resource and the error AWS returned. */
export function GapTable({ gaps, compact = false }: { gaps: Gap[]; compact?: boolean }) {
  if (compact) {
    return (
      <ul data-testid="scan-gaps" style={{ margin: 0, paddingLeft: "1.1rem" }}>
        {gaps.map((gap) => (
          <li key={gap.id}>
            <strong>{gap.service}</strong> in {gap.region}: <code>{gap.api}</code> failed with <code>{gap.errorCode}</code>
            {gap.resourceArn ? <> on <span className="mono">{gap.resourceArn}</span></> : null}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <table className="data" data-testid="scan-gaps">
      <caption className="visually-hidden">Scan gaps</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Region</th>
          <th scope="col">API</th>
          <th scope="col">Error</th>
          <th scope="col">Resource / message</th>
        </tr>
      </thead>
      <tbody>
        {gaps.map((gap) => (
          <tr key={gap.id}>
            <td>{gap.service}</td>
            <td>{gap.region}</td>
            <td><code>{gap.api}</code></td>
            <td><code>{gap.errorCode}</code></td>
            <td>
              {gap.resourceArn ? <div className="mono">{gap.resourceArn}</div> : null}
              <div className="muted">{gap.message}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
