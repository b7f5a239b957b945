import { matchesAnyAction } from "@/lib/policy/expand-actions";
import { policyStatements } from "@/lib/policy/parse-policy";
import type { ParsedStatement } from "@/lib/policy/parsed-policy";

const DECRYPT_ACTIONS = ["kms:Decrypt", "kms:ReEncryptFrom"];

/** Allow statements granting kms:Decrypt or kms:ReEncryptFrom on every key (Resource "*"), the FSBP KMS.1/KMS.2 test. */
export function findKmsDecryptAllKeys(document: unknown): ParsedStatement[] {
  return policyStatements(document).filter(
    (s) =>
      s.effect === "Allow" &&
      (s.resources ?? []).includes("*") &&
      DECRYPT_ACTIONS.some((a) => (s.actions ? matchesAnyAction(s.actions, a) : !matchesAnyAction(s.notActions ?? [], a))),
  );
}
