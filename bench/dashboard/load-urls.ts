/**
 * The dashboard benchmark's load generator, run as its own process so it never shares an event loop with
 * the server or the runner. Takes a JSON plan and loads each URL in turn with autocannon, printing one JSON
 * line per URL with latency percentiles computed from every response (autocannon's summary has no p95).
 *   tsx bench/dashboard/load-urls.ts '{"cookie":"...","runs":[{"url":"...","connections":10,"seconds":5}]}'
 */
import autocannon from "autocannon";

interface Plan {
  cookie?: string;
  runs: { url: string; connections: number; seconds: number }[];
}

const plan = JSON.parse(process.argv[2] ?? "{}") as Plan;

for (const run of plan.runs) {
  const headers: Record<string, string> = plan.cookie ? { cookie: plan.cookie } : {};
  await fetch(run.url, { headers: headers as Record<string, string> }).then((response) => response.arrayBuffer()); // warm caches first
  const latencies: number[] = [];
  let non2xx = 0;
  const load = (limit: { duration: number } | { amount: number }) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        { url: run.url, connections: run.connections, ...limit, headers, timeout: 30 },
        (error, outcome) => (error ? reject(error) : resolve(outcome)),
      );
      instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
        if (statusCode < 200 || statusCode >= 300) non2xx++;
      });
    });
  const started = performance.now();
  let result = await load({ duration: run.seconds });
  // Responses still in flight when the time is up are dropped; a page slower than the whole run would have
  // no latency at all, so measure it by count instead: two requests per connection, however long they take.
  if (latencies.length < run.connections) result = await load({ amount: run.connections * 2 });
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  process.stdout.write(
    `${JSON.stringify({
      url: run.url,
      connections: run.connections,
      requests: latencies.length,
      p50: percentile(50),
      p95: percentile(95),
      p99: percentile(99),
      max: latencies.at(-1) ?? Number.NaN,
      requestsPerSecond: latencies.length / elapsedSeconds,
      non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
    })}\n`,
  );
}
