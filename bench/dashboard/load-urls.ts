/**
 * The dashboard benchmark's load generator, run as its own process so it never shares an event loop with
 * the server or the runner. Takes a JSON plan and loads each URL in turn, printing one JSON line per URL as
 * soon as it is measured, with latency percentiles computed from every response (autocannon's summary has no p95).
 *   tsx bench/dashboard/load-urls.ts '{"runs":[{"url":"...","headers":{"cookie":"..."},"connections":10,"seconds":5}]}'
 *
 * Every step is bounded in time, so a slow or stuck page costs at most about `seconds` + 3 x REQUEST_TIMEOUT_S
 * and never stops the run: autocannon runs for `seconds` (its requests still in flight at the end are dropped,
 * so it only sees the responses that fit); when fewer than three responses per connection fit, the page is
 * slow for that window and is measured again by a closed loop of plain requests, each connection sending
 * three one after another, every latency counted however long, each request given up after REQUEST_TIMEOUT_S.
 */
import autocannon from "autocannon";

interface Run {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

const REQUEST_TIMEOUT_S = 30;
const REQUESTS_PER_CONNECTION = 3;

const plan = JSON.parse(process.argv[2] ?? "{}") as { runs: Run[] };

for (const run of plan.runs) {
  const headers = run.headers ?? {};
  await request(run.url, headers).catch(() => undefined); // warm caches first
  const started = performance.now();
  let measured = await withAutocannon(run, headers);
  let method = "autocannon";
  if (measured.latencies.length < run.connections * REQUESTS_PER_CONNECTION) {
    measured = await withClosedLoop(run, headers);
    method = "closed loop";
  }
  const elapsedSeconds = (performance.now() - started) / 1000;
  const latencies = measured.latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  process.stdout.write(
    `${JSON.stringify({
      url: run.url,
      connections: run.connections,
      method,
      requests: latencies.length,
      p50: percentile(50),
      p95: percentile(95),
      p99: percentile(99),
      max: latencies.at(-1) ?? Number.NaN,
      requestsPerSecond: latencies.length / measured.seconds,
      elapsedSeconds,
      non2xx: measured.non2xx,
      errors: measured.errors,
      timeouts: measured.timeouts,
    })}\n`,
  );
}

interface Measured {
  latencies: number[];
  seconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** `connections` connections sending back to back for `seconds`; a watchdog stops it if it overruns. */
function withAutocannon(run: Run, headers: Record<string, string>): Promise<Measured> {
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: run.url, connections: run.connections, duration: run.seconds, headers, timeout: REQUEST_TIMEOUT_S },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) reject(error);
        else resolve({ latencies, seconds: (performance.now() - started) / 1000, non2xx, errors: result.errors, timeouts: result.timeouts });
      },
    );
    const watchdog = setTimeout(() => instance.stop(), (run.seconds + REQUEST_TIMEOUT_S) * 1000);
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) non2xx++;
    });
  });
}

/**
 * `connections` workers, each sending REQUESTS_PER_CONNECTION requests one after another and timing each to the
 * end of its body; none starts a request after 2 x REQUEST_TIMEOUT_S.
 */
async function withClosedLoop(run: Run, headers: Record<string, string>): Promise<Measured> {
  const measured: Measured = { latencies: [], seconds: 0, non2xx: 0, errors: 0, timeouts: 0 };
  const started = performance.now();
  const deadline = started + 2 * REQUEST_TIMEOUT_S * 1000;
  await Promise.all(
    Array.from({ length: run.connections }, async () => {
      for (let i = 0; i < REQUESTS_PER_CONNECTION && performance.now() < deadline; i++) {
        const sent = performance.now();
        try {
          const status = await request(run.url, headers);
          measured.latencies.push(performance.now() - sent);
          if (status < 200 || status >= 300) measured.non2xx++;
        } catch (error) {
          measured.errors++;
          if (error instanceof Error && error.name === "TimeoutError") measured.timeouts++;
        }
      }
    }),
  );
  measured.seconds = (performance.now() - started) / 1000;
  return measured;
}

async function request(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000) });
  await response.arrayBuffer();
  return response.status;
}
