/**
 * Lambda managed-runtime lifecycle dates from the AWS Lambda Developer Guide ("Lambda runtimes": supported and
 * deprecated runtime tables), checked in November 2026 against the guide's table as mirrored by
 * endoflife.date/aws-lambda and tflint-ruleset-aws's deprecated-runtime rule. Data, not logic: update it when AWS
 * announces new dates. `blockCreate` / `blockUpdate` are given where AWS published them; runtimes deprecated
 * before 2025 are past every date, so only their deprecation date is kept. Operators can add runtimes they treat
 * as deprecated now (CheckSettings.deprecatedRuntimes).
 */
export interface RuntimeLifecycle {
  runtime: string;
  /** ISO date on which AWS stops applying security patches. */
  deprecation: string;
  /** From this date new functions cannot use the runtime. */
  blockCreate?: string;
  /** From this date existing functions on the runtime can no longer be updated. */
  blockUpdate?: string;
}

export const RUNTIME_LIFECYCLE: readonly RuntimeLifecycle[] = [
  { runtime: "nodejs", deprecation: "2016-10-31" },
  { runtime: "nodejs4.3", deprecation: "2020-03-05" },
  { runtime: "nodejs4.3-edge", deprecation: "2019-04-30" },
  { runtime: "nodejs6.10", deprecation: "2019-08-12" },
  { runtime: "nodejs8.10", deprecation: "2020-03-06" },
  { runtime: "nodejs10.x", deprecation: "2021-07-30" },
  { runtime: "nodejs12.x", deprecation: "2023-03-31" },
  { runtime: "nodejs14.x", deprecation: "2023-12-04" },
  { runtime: "nodejs16.x", deprecation: "2024-06-12" },
  { runtime: "nodejs18.x", deprecation: "2025-09-01", blockCreate: "2026-02-03", blockUpdate: "2026-03-09" },
  { runtime: "nodejs20.x", deprecation: "2026-04-30", blockCreate: "2026-06-01", blockUpdate: "2026-07-01" },
  { runtime: "nodejs22.x", deprecation: "2027-04-30", blockCreate: "2027-06-01", blockUpdate: "2027-07-01" },
  { runtime: "nodejs24.x", deprecation: "2028-04-30", blockCreate: "2028-06-01", blockUpdate: "2028-07-01" },
  { runtime: "python2.7", deprecation: "2021-07-15" },
  { runtime: "python3.6", deprecation: "2022-07-18" },
  { runtime: "python3.7", deprecation: "2023-12-04" },
  { runtime: "python3.8", deprecation: "2024-10-14" },
  { runtime: "python3.9", deprecation: "2025-12-15", blockCreate: "2026-06-01", blockUpdate: "2026-07-01" },
  { runtime: "python3.10", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "python3.11", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "python3.12", deprecation: "2028-10-31", blockCreate: "2028-11-30", blockUpdate: "2029-01-10" },
  { runtime: "python3.13", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "python3.14", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "ruby2.5", deprecation: "2021-07-30" },
  { runtime: "ruby2.7", deprecation: "2023-12-07" },
  { runtime: "ruby3.2", deprecation: "2026-03-31", blockCreate: "2026-06-30", blockUpdate: "2026-07-31" },
  { runtime: "ruby3.3", deprecation: "2027-03-31", blockCreate: "2027-04-30", blockUpdate: "2027-05-31" },
  { runtime: "ruby3.4", deprecation: "2028-03-31", blockCreate: "2028-04-30", blockUpdate: "2028-05-31" },
  { runtime: "java8", deprecation: "2024-01-08" },
  { runtime: "java8.al2", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "java11", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "java17", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "java21", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "java25", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "go1.x", deprecation: "2024-01-08" },
  { runtime: "provided", deprecation: "2024-01-08" },
  { runtime: "provided.al2", deprecation: "2026-06-30", blockCreate: "2026-07-31", blockUpdate: "2026-08-31" },
  { runtime: "provided.al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "dotnetcore1.0", deprecation: "2019-07-30" },
  { runtime: "dotnetcore2.0", deprecation: "2019-05-30" },
  { runtime: "dotnetcore2.1", deprecation: "2022-01-05" },
  { runtime: "dotnetcore3.1", deprecation: "2023-04-03" },
  { runtime: "dotnet5.0", deprecation: "2022-05-10" },
  { runtime: "dotnet6", deprecation: "2024-12-20" },
  { runtime: "dotnet7", deprecation: "2024-05-14" },
  { runtime: "dotnet8", deprecation: "2026-11-10", blockCreate: "2026-12-10", blockUpdate: "2027-01-11" },
  { runtime: "dotnet10", deprecation: "2028-11-14", blockCreate: "2028-12-14", blockUpdate: "2029-01-15" },
];

/** The lifecycle entry of a runtime identifier, or undefined for runtimes with no announced date. */
export function findRuntimeLifecycle(runtime: string): RuntimeLifecycle | undefined {
  return RUNTIME_LIFECYCLE.find((r) => r.runtime === runtime);
}
