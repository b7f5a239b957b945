/**
 * Lambda managed-runtime lifecycle dates: AWS's published table ("Lambda runtimes" in the AWS Lambda Developer
 * Guide: supported and deprecated runtimes, with deprecation, block-function-create and block-function-update
 * dates). Data, not logic: update it (and RUNTIME_LIFECYCLE_SOURCE.checkedOn) when AWS changes the table.
 * Operators can add runtimes they treat as deprecated now (CheckSettings.deprecatedRuntimes) and choose how early
 * Vigil warns (CheckSettings.runtimeWarningDays).
 *
 * Every date was checked on 2026-11-23 against three copies of that table, which agree on every runtime they share:
 * tflint-ruleset-aws's deprecated_runtimes.json (generated from the AWS page on 2026-07-31), cfn-lint's
 * LmbdRuntimeLifecycle.json ("from AWS docs", 2026-06-02) and endoflife.date/aws-lambda (scraped from the AWS page,
 * 2026-08-16; it adds the java*.al2023 runtimes released on 2026-07-31, whose block-create date no copy gives, so
 * it is left out). The AWS page itself could not be read whole from here. Dates that changed from Vigil's earlier
 * table: AWS postponed the block dates of most runtimes deprecated since 2023 to 2027-02-01 (create) and
 * 2027-03-03 (update); python3.10 (2026-10-31), python3.11, java8.al2, java11 and java17 (2027-06-30) and
 * provided.al2 (2026-07-31) deprecate later than first announced.
 */
export interface RuntimeLifecycle {
  runtime: string;
  /** ISO date from which AWS no longer applies security patches. */
  deprecation: string;
  /** From this date new functions cannot use the runtime. */
  blockCreate?: string;
  /** From this date existing functions on the runtime can no longer be updated. */
  blockUpdate?: string;
}

/** Where RUNTIME_LIFECYCLE comes from and when it was last compared with it. */
export const RUNTIME_LIFECYCLE_SOURCE = {
  url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
  checkedOn: "2026-11-23",
} as const;

export const RUNTIME_LIFECYCLE: readonly RuntimeLifecycle[] = [
  { runtime: "nodejs", deprecation: "2016-08-30", blockCreate: "2016-09-30", blockUpdate: "2016-10-31" },
  { runtime: "nodejs4.3", deprecation: "2020-03-05", blockCreate: "2020-02-03", blockUpdate: "2020-03-05" },
  { runtime: "nodejs4.3-edge", deprecation: "2020-03-05", blockCreate: "2019-03-31", blockUpdate: "2019-04-30" },
  { runtime: "nodejs6.10", deprecation: "2019-08-12", blockCreate: "2019-07-12", blockUpdate: "2019-08-12" },
  { runtime: "nodejs8.10", deprecation: "2020-03-06", blockCreate: "2020-02-04", blockUpdate: "2020-03-06" },
  { runtime: "nodejs10.x", deprecation: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-02-14" },
  { runtime: "nodejs12.x", deprecation: "2023-03-31", blockCreate: "2023-03-31", blockUpdate: "2023-04-30" },
  { runtime: "nodejs14.x", deprecation: "2023-12-04", blockCreate: "2024-01-09", blockUpdate: "2027-03-03" },
  { runtime: "nodejs16.x", deprecation: "2024-06-12", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "nodejs18.x", deprecation: "2025-09-01", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "nodejs20.x", deprecation: "2026-04-30", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "nodejs22.x", deprecation: "2027-04-30", blockCreate: "2027-06-01", blockUpdate: "2027-07-01" },
  { runtime: "nodejs24.x", deprecation: "2028-04-30", blockCreate: "2028-06-01", blockUpdate: "2028-07-01" },
  { runtime: "python2.7", deprecation: "2021-07-15", blockCreate: "2021-07-15", blockUpdate: "2022-05-30" },
  { runtime: "python3.6", deprecation: "2022-07-18", blockCreate: "2022-07-18", blockUpdate: "2022-08-29" },
  { runtime: "python3.7", deprecation: "2023-12-04", blockCreate: "2024-01-09", blockUpdate: "2027-03-03" },
  { runtime: "python3.8", deprecation: "2024-10-14", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "python3.9", deprecation: "2025-12-15", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "python3.10", deprecation: "2026-10-31", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "python3.11", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
  { runtime: "python3.12", deprecation: "2028-10-31", blockCreate: "2028-11-30", blockUpdate: "2029-01-10" },
  { runtime: "python3.13", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "python3.14", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "ruby2.5", deprecation: "2021-07-30", blockCreate: "2021-07-30", blockUpdate: "2022-03-31" },
  { runtime: "ruby2.7", deprecation: "2023-12-07", blockCreate: "2024-01-09", blockUpdate: "2027-03-03" },
  { runtime: "ruby3.2", deprecation: "2026-03-31", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "ruby3.3", deprecation: "2027-03-31", blockCreate: "2027-04-30", blockUpdate: "2027-05-31" },
  { runtime: "ruby3.4", deprecation: "2028-03-31", blockCreate: "2028-04-30", blockUpdate: "2028-05-31" },
  { runtime: "ruby4.0", deprecation: "2029-03-31", blockCreate: "2029-04-30", blockUpdate: "2029-05-31" },
  { runtime: "java8", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2027-03-03" },
  { runtime: "java8.al2", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
  { runtime: "java8.al2023", deprecation: "2029-06-30", blockUpdate: "2029-08-31" },
  { runtime: "java11", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
  { runtime: "java11.al2023", deprecation: "2029-06-30", blockUpdate: "2029-08-31" },
  { runtime: "java17", deprecation: "2027-06-30", blockCreate: "2027-07-31", blockUpdate: "2027-08-31" },
  { runtime: "java17.al2023", deprecation: "2029-06-30", blockUpdate: "2029-08-31" },
  { runtime: "java21", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "java25", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "go1.x", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2027-03-03" },
  { runtime: "provided", deprecation: "2024-01-08", blockCreate: "2024-02-08", blockUpdate: "2027-03-03" },
  { runtime: "provided.al2", deprecation: "2026-07-31", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "provided.al2023", deprecation: "2029-06-30", blockCreate: "2029-07-31", blockUpdate: "2029-08-31" },
  { runtime: "dotnetcore1.0", deprecation: "2019-06-27", blockCreate: "2019-06-30", blockUpdate: "2019-07-30" },
  { runtime: "dotnetcore2.0", deprecation: "2019-05-30", blockCreate: "2019-04-30", blockUpdate: "2019-05-30" },
  { runtime: "dotnetcore2.1", deprecation: "2022-01-05", blockCreate: "2022-01-05", blockUpdate: "2022-04-13" },
  { runtime: "dotnetcore3.1", deprecation: "2023-04-03", blockCreate: "2023-04-03", blockUpdate: "2023-05-03" },
  { runtime: "dotnet5.0", deprecation: "2022-05-10" },
  { runtime: "dotnet6", deprecation: "2024-12-20", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "dotnet7", deprecation: "2024-05-14" },
  { runtime: "dotnet8", deprecation: "2026-11-10", blockCreate: "2027-02-01", blockUpdate: "2027-03-03" },
  { runtime: "dotnet9", deprecation: "2026-11-10" },
  { runtime: "dotnet10", deprecation: "2028-11-14", blockCreate: "2028-12-14", blockUpdate: "2029-01-15" },
];

/** The lifecycle entry of a runtime identifier, or undefined for runtimes with no announced date. */
export function findRuntimeLifecycle(runtime: string): RuntimeLifecycle | undefined {
  return RUNTIME_LIFECYCLE.find((r) => r.runtime === runtime);
}
