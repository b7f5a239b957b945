/** Frameworks each check maps to, from the catalogue, for rules that filter by framework. */
import { findCheck } from "@/lib/checks/catalogue";

export function checkFrameworks(checkId: string): string[] {
  return [...new Set(findCheck(checkId)?.compliance.map((mapping) => mapping.framework) ?? [])];
}
