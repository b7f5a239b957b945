/** Chooses the accounts a report covers: a GET form, so the scope is in the URL and the report can be shared. */
export function ScopeForm({ action, accounts, selected }: { action: string; accounts: { id: string; name: string }[]; selected: string[] }) {
  return (
    <form method="get" action={action} className="no-print" style={{ display: "flex", gap: "0.5rem", alignItems: "flex-end" }}>
      <label style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
        Scope
        <select name="account" defaultValue={selected.length === 1 ? selected[0] : ""}>
          <option value="">All accounts</option>
          {accounts.map((account) => <option key={account.id} value={account.id}>{account.name} ({account.id})</option>)}
        </select>
      </label>
      <button type="submit" className="secondary">Show</button>
    </form>
  );
}
