/**
 * A bucket or key that turned public. Always worth a look, so the baseline is context rather than a
 * threshold: how many resources of that type were public, and how often one turned public before.
 */
import { type AnomalySignal, type AnomalyWindow, type ResourceHistory, transitionsIn } from "./anomaly-signal";
import { EXPOSABLE_TYPES, isPubliclyExposed } from "./is-publicly-exposed";

const NOUN: Record<string, string> = { "AWS::S3::Bucket": "bucket", "AWS::KMS::Key": "key" };

export function detectBecamePublic(histories: readonly ResourceHistory[], window: AnomalyWindow): AnomalySignal[] {
  const signals: AnomalySignal[] = [];
  for (const type of EXPOSABLE_TYPES) {
    const ofType = histories.filter((history) => history.type === type);
    const noun = NOUN[type] ?? "resource";
    let publicBefore = 0;
    let knownBefore = 0;
    let pastTurns = 0;
    for (const history of ofType) {
      const earlier = history.versions.filter((version) => version.at < window.since);
      const last = earlier[earlier.length - 1];
      if (last) {
        knownBefore++;
        if (isPubliclyExposed(type, last.configuration, history.accountId)) publicBefore++;
      }
      for (let index = 1; index < earlier.length; index++) {
        if (!isPubliclyExposed(type, earlier[index - 1]!.configuration, history.accountId) && isPubliclyExposed(type, earlier[index]!.configuration, history.accountId)) pastTurns++;
      }
    }
    const baseline = {
      description: `${publicBefore} of ${knownBefore} ${noun}s in this account were public before this window; ${pastTurns === 0 ? "none" : pastTurns} turned public earlier in the recorded history.`,
      value: publicBefore,
      observations: knownBefore,
    };
    for (const history of ofType) {
      for (const { before, after, at } of transitionsIn(history, window)) {
        if (isPubliclyExposed(type, before, history.accountId) || !isPubliclyExposed(type, after, history.accountId)) continue;
        signals.push({
          kind: "became_public",
          accountId: history.accountId,
          resourceArn: history.arn,
          resourceName: history.name,
          at,
          summary: `${noun} ${history.name} became public`,
          explanation:
            type === "AWS::KMS::Key"
              ? `The key policy of ${history.name} now grants access to any AWS principal, which the previous version did not.`
              : `${history.name} is now readable or writable by anyone (its policy is public or its ACL grants AllUsers/AuthenticatedUsers, and its Block Public Access does not neutralise it); the previous version was not.`,
          observed: 1,
          baseline,
        });
      }
    }
  }
  return signals;
}
