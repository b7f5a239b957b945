/** The export formats the CLI and API offer, and their media types. */
export const EXPORT_FORMATS = ["json", "csv", "ocsf", "asff"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MEDIA_TYPE: Record<ExportFormat, string> = {
  json: "application/json",
  csv: "text/csv; charset=utf-8",
  ocsf: "application/json",
  asff: "application/json",
};
