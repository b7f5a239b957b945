import styles from "@/app/principals/principals.module.css";

/** "Who can do ACTION on RESOURCE?" as a GET form; the page answers it on the server. */
export function WhoCanForm({ action, resource, account, accounts }: {
  action: string;
  resource: string;
  account: string;
  accounts: { id: string; name: string }[];
}) {
  return (
    <form method="get" action="/principals" className={styles.whoCanForm} aria-label="Who can">
      <label>
        Action
        <input name="action" defaultValue={action} placeholder="s3:GetObject" required />
      </label>
      <label>
        Resource ARN
        <input name="resource" defaultValue={resource} placeholder="arn:aws:s3:::my-bucket/*" required />
      </label>
      {accounts.length > 1 ? (
        <label>
          Account
          <select name="account" defaultValue={account}>
            <option value="">From the ARN, or all</option>
            {accounts.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.name} ({candidate.id})</option>)}
          </select>
        </label>
      ) : null}
      <button type="submit">Ask</button>
    </form>
  );
}
