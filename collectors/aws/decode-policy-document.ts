/**
 * A policy document as an object. IAM returns documents URL-encoded; S3, Lambda and KMS return
 * plain JSON strings. Decoded exactly once, here: an encoded document never starts with "{".
 */
export function decodePolicyDocument(raw: string | undefined | null): Record<string, unknown> | null {
  if (raw === undefined || raw === null || raw === "") return null;
  const trimmed = raw.trim();
  const text = trimmed.startsWith("{") ? trimmed : decodeURIComponent(trimmed);
  return JSON.parse(text) as Record<string, unknown>;
}
