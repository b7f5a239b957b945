/**
 * AWS's own request quotas per API family, so collectors never provoke throttling: Lambda and KMS
 * quotas are per account and region, IAM's and S3's bucket APIs per account. Lambda and KMS
 * figures are the published ones (Lambda: 15/s per control-plane API, GetFunction 100/s; KMS:
 * DescribeKey 2,000/s, GetKeyPolicy and GetKeyRotationStatus 1,000/s, listings 100/s). IAM and
 * S3 bucket configuration APIs have no published per-API quota: 20/s and 100/s are conservative
 * values observed not to throttle.
 */
const PER_API: Record<string, Record<string, number>> = {
  kms: { DescribeKey: 2_000, GetKeyPolicy: 1_000, GetKeyRotationStatus: 1_000, ListKeys: 100, ListAliases: 100, ListGrants: 100, ListResourceTags: 100 },
  lambda: { GetFunction: 100 },
};
const SERVICE_DEFAULT: Record<string, number> = { iam: 20, s3: 100, s3control: 20, lambda: 15, kms: 100, accessanalyzer: 10, account: 10, sts: 100, organizations: 10 };
/** Services whose quotas are counted per region. */
const REGIONAL = new Set(["lambda", "kms", "accessanalyzer", "s3control"]);

export interface ApiRateFamily {
  /** Requests sharing one quota: "lambda:eu-west-1:GetPolicy", "iam:GetLoginProfile". */
  key: string;
  requestsPerSecond: number;
  /**
   * Order among requests waiting for a slot of a CPU-bound process (higher first). Account-wide
   * quotas go first, the scarcest first: their time cannot be spread over regions, so IAM's 20/s
   * is the long pole of a large account. Regional quotas multiply with regions: they wait.
   */
  priority?: number;
}

/** The quota family of one API call (service is the ClientFactory's service id). */
export function apiRateFamily(service: string, region: string, api: string): ApiRateFamily {
  const requestsPerSecond = PER_API[service]?.[api] ?? SERVICE_DEFAULT[service] ?? 10;
  if (REGIONAL.has(service)) return { key: `${service}:${region}:${api}`, requestsPerSecond, priority: 0 };
  return { key: `${service}:${api}`, requestsPerSecond, priority: Math.round(1_000 / requestsPerSecond) };
}
