/** Where to go after sign-in: only a path on this site, never another origin (open-redirect defence). */
export function safeNextPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 1000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\\]/.test(value)) return "/";
  if (value.startsWith("/sign-in") || value.startsWith("/setup") || value.startsWith("/api/")) return "/";
  return value;
}
