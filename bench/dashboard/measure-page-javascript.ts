/** First-load JavaScript of a page: the gzip size of every script its HTML references, summed. */
import { gzipSync } from "node:zlib";

export async function measurePageJavaScript(baseUrl: string, path: string, headers: Record<string, string> = {}) {
  const html = await (await fetch(`${baseUrl}${path}`, { headers })).text();
  // Scripts a modern browser runs on first load (nomodule polyfills are skipped by it, so not counted).
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/nomodule/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []));
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, baseUrl), { headers })).arrayBuffer());
    rawBytes += body.length;
    gzipBytes += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: sources.size, rawKb: rawBytes / 1024, gzipKb: gzipBytes / 1024 };
}
