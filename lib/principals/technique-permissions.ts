import { TECHNIQUES } from "@/lib/iam/escalation/technique-catalogue";

const BY_ID = new Map(TECHNIQUES.map((technique) => [technique.id, technique]));

/** The permissions an escalation technique uses, e.g. ["iam:PassRole", "lambda:CreateFunction"]. */
export function techniquePermissions(techniqueId: string): string[] {
  return [...new Set(BY_ID.get(techniqueId)?.permissions.map((permission) => permission.action) ?? [])];
}
