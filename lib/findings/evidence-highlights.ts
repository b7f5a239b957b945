/**
 * What a finding's evidence points at, for highlighting: the check's one-line reason and each leaf of its
 * details as a readable path and value. Pure.
 */
export interface EvidenceHighlight {
  path: string;
  value: string;
}

export interface EvidenceSummary {
  reason: string | null;
  highlights: EvidenceHighlight[];
}

const MAX_HIGHLIGHTS = 40;

export function summariseEvidence(evidence: unknown): EvidenceSummary {
  const record = evidence && typeof evidence === "object" && !Array.isArray(evidence) ? (evidence as Record<string, unknown>) : null;
  const reason = typeof record?.reason === "string" ? record.reason : null;
  // Scans store { reason, details }; older or hand-made evidence is the details object itself.
  const details = record ? ("details" in record ? record.details : Object.fromEntries(Object.entries(record).filter(([key]) => key !== "reason"))) : evidence;
  const highlights: EvidenceHighlight[] = [];
  const walk = (value: unknown, path: string) => {
    if (highlights.length >= MAX_HIGHLIGHTS) return;
    if (value !== null && typeof value === "object") {
      const entries = Array.isArray(value) ? value.map((item, index) => [`[${index}]`, item] as const) : Object.entries(value).map(([key, item]) => [key, item] as const);
      if (entries.length === 0) highlights.push({ path: path || "(value)", value: Array.isArray(value) ? "[]" : "{}" });
      for (const [key, item] of entries) walk(item, key.startsWith("[") ? `${path}${key}` : path ? `${path}.${key}` : key);
      return;
    }
    highlights.push({ path: path || "(value)", value: typeof value === "string" ? value : JSON.stringify(value) ?? "null" });
  };
  if (details !== null && details !== undefined) walk(details, "");
  return { reason, highlights };
}
