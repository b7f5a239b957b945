import { VigilError } from "@/lib/errors/vigil-error";
import type { PrincipalDetail } from "./principal-detail";

export type SuggestionFormat = "json" | "terraform";

/** The least-privilege policy of a principal as a file to download (JSON policy document or Terraform). */
export function exportSuggestion(detail: Pick<PrincipalDetail, "name" | "suggestion">, format: SuggestionFormat) {
  const suggestion = detail.suggestion;
  if (suggestion.state !== "replace") {
    throw new VigilError("not_found", `${detail.name} has no replacement policy to download (suggestion: ${suggestion.state}; ${suggestion.reason})`);
  }
  const base = `${detail.name.replace(/[^A-Za-z0-9+=,.@_-]/g, "_")}-least-privilege`;
  return format === "json"
    ? { filename: `${base}.json`, contentType: "application/json; charset=utf-8", body: `${JSON.stringify(suggestion.policy, null, 2)}\n` }
    : { filename: `${base}.tf`, contentType: "text/plain; charset=utf-8", body: suggestion.terraform.endsWith("\n") ? suggestion.terraform : `${suggestion.terraform}\n` };
}
