import Link from "next/link";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { describeSource } from "@/lib/policy/parsed-policy";
import { answerWhoCan } from "@/lib/principals/answer-who-can";
import styles from "@/app/principals/principals.module.css";

/** The answer to a who-can question, computed on the server from the live inventory. */
export async function WhoCanResults({ actor, action, resource, account }: { actor: Actor; action: string; resource: string; account?: string }) {
  let answer;
  try {
    answer = await answerWhoCan(db(), actor, { action, resource, account });
  } catch (error) {
    if (error instanceof VigilError) return <p className="notice error" role="alert">{error.message}</p>;
    throw error;
  }
  if (answer.entries.length === 0) {
    return <p role="status" data-testid="who-can-answer">No user or role can do <code>{answer.action}</code> on <code>{answer.resource}</code>.</p>;
  }
  return (
    <div data-testid="who-can-answer">
      <p role="status">
        {answer.entries.length} {answer.entries.length === 1 ? "principal" : "principals"} can do <code>{answer.action}</code> on <code>{answer.resource}</code>.
      </p>
      <table className="data" aria-label="Who can">
        <thead><tr><th scope="col">Principal</th><th scope="col">Decision</th><th scope="col">Granted by</th></tr></thead>
        <tbody>
          {answer.entries.map((entry) => (
            <tr key={`${entry.accountId}|${entry.arn}`}>
              <td>
                {entry.principalId ? <Link href={`/principals/${entry.principalId}`}>{entry.name}</Link> : entry.name}
                <div className="muted mono">{entry.arn}</div>
              </td>
              <td>
                {entry.decision === "allowed" ? "Allowed" : "Conditional"}
                {entry.undecided.length > 0 ? (
                  <ul className={styles.conditions} aria-label="Undecided conditions">
                    {entry.undecided.map((condition, index) => (
                      <li key={index} className="mono">{condition.key} {condition.operator} {JSON.stringify(condition.values)}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>
                {entry.grantedBy.map((ref, index) => (
                  <div key={index} className="mono">{describeSource(ref.source)} #{ref.statementIndex}{ref.sid ? ` (${ref.sid})` : ""}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
