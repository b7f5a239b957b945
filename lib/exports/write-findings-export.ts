/**
 * Streams findings in one export format: Vigil's stable JSON, CSV, OCSF Detection Findings or ASFF.
 * JSON-based formats are one array, written element by element, so a large export never sits in memory.
 */
import packageJson from "@/package.json";
import { findCheck } from "@/lib/checks/catalogue";
import type { ExportedFinding } from "@/lib/findings/export-findings";
import { csvRow } from "@/lib/findings/format-csv";
import type { ExportFormat } from "./export-format";
import { toAsffFinding } from "./to-asff-finding";
import { toOcsfFinding } from "./to-ocsf-finding";

export const CSV_COLUMNS: (keyof ExportedFinding)[] = [
  "id", "checkId", "title", "severity", "status", "resourceArn", "resourceType", "accountId", "region", "service",
  "firstSeen", "lastSeen", "resolvedAt", "dueAt", "reason",
];

export function formatFinding(finding: ExportedFinding, format: Exclude<ExportFormat, "csv">, options: { baseUrl: string; homeRegion?: string }): unknown {
  if (format === "json") return finding;
  const check = findCheck(finding.checkId) ?? null;
  const context = { productVersion: packageJson.version, baseUrl: options.baseUrl, check };
  return format === "ocsf" ? toOcsfFinding(finding, context) : toAsffFinding(finding, { ...context, homeRegion: options.homeRegion });
}

export async function writeFindingsExport(
  findings: AsyncIterable<ExportedFinding>,
  format: ExportFormat,
  write: (chunk: string) => void | Promise<void>,
  options: { baseUrl: string; homeRegion?: string },
): Promise<number> {
  let count = 0;
  if (format === "csv") {
    await write(csvRow(CSV_COLUMNS));
    for await (const finding of findings) {
      await write(csvRow(CSV_COLUMNS.map((column) => finding[column])));
      count++;
    }
    return count;
  }
  await write("[");
  for await (const finding of findings) {
    await write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(formatFinding(finding, format, options))}`);
    count++;
  }
  await write(count === 0 ? "]\n" : "\n]\n");
  return count;
}
