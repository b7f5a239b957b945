import { matchesAnyAction } from "@/lib/policy/expand-actions";
import type { NormalizedStatement } from "@/lib/policy/normalize-policy";
import { normalizePolicy } from "@/lib/policy/normalize-policy";

const DECRYPT_ACTIONS = ["kms:Decrypt", "kms:ReEncryptFrom"];

/** Allow statements granting kms:Decrypt or kms:ReEncryptFrom on every key (Resource "*"), the FSBP KMS.1/KMS.2 test. */
export function findKmsDecryptAllKeys(document: unknown): NormalizedStatement[] {
  return normalizePolicy(document).filter(
    (s) =>
      s.effect === "Allow" &&
      (s.resources ?? []).includes("*") &&
      DECRYPT_ACTIONS.some((a) => (s.actions ? matchesAnyAction(s.actions, a) : !matchesAnyAction(s.notActions ?? [], a))),
  );
}
