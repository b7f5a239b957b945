// Module resolution hook (node:module register) used only by bench/workers/synthetic-worker.ts: wherever
// Vigil imports lib/scans/create-scan-dependencies.ts, this worker process gets the synthetic one instead,
// so a real worker scans synthetic accounts without any test seam in Vigil's own code.
const REPLACEMENT = new URL("./synthetic-scan-dependencies.ts", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (resolved.url.split("?")[0].endsWith("/lib/scans/create-scan-dependencies.ts")) return { ...resolved, url: REPLACEMENT };
  return resolved;
}
