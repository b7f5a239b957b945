/** One credential-report row keyed by the CSV's column names (see docs/RESOURCE-TYPES.md). */
export type CredentialReportRow = Record<string, string | boolean | null>;

const NULL_VALUES = new Set(["N/A", "not_supported", "no_information", ""]);
const DATE_COLUMN = /(_time|_date|_last_used|_last_changed|_last_rotated|_next_rotation)$/;

/** Splits CSV text into rows of fields, honouring quoted fields (IAM names may contain commas). */
function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows.filter((fields) => fields.some((value) => value !== ""));
}

function parseValue(column: string, raw: string): string | boolean | null {
  if (NULL_VALUES.has(raw)) return null;
  if (raw === "true" || raw === "false") return raw === "true";
  if (DATE_COLUMN.test(column)) {
    const date = new Date(raw);
    return Number.isNaN(date.getTime()) ? raw : date.toISOString();
  }
  return raw;
}

/** Parses GetCredentialReport's CSV into rows keyed by user name (`<root_account>` for root). */
export function parseCredentialReport(csv: string): Map<string, CredentialReportRow> {
  const [header, ...lines] = splitCsv(csv);
  const rows = new Map<string, CredentialReportRow>();
  if (!header) return rows;
  for (const fields of lines) {
    const row: CredentialReportRow = {};
    header.forEach((column, index) => {
      row[column] = parseValue(column, fields[index] ?? "");
    });
    if (typeof row.user === "string") rows.set(row.user, row);
  }
  return rows;
}
