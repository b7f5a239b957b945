import type { ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";

/**
 * Something a collector could not read. An "inventory" gap means resources may be missing from
 * (service, region), so the scan must not infer deletions there; a "detail" gap means one
 * resource's attribute is unknown (also recorded in its configuration's `_errors`).
 */
export interface CollectionGap {
  kind: "inventory" | "detail";
  /**
   * Access Analyzer gaps are named "accessanalyzer" although its analyzers are stored under
   * service "iam": a failed ListAnalyzers says nothing about IAM's users and roles.
   */
  service: ServiceName | "sts" | "account" | "accessanalyzer" | "organizations";
  region: string;
  api: string;
  resourceArn?: string;
  errorCode: string;
  message: string;
}

/** Where collectors stream what they read; the scan pipeline batches it into Postgres. */
export interface CollectionSink {
  resource(record: ResourceRecord): Promise<void>;
  gap(gap: CollectionGap): void;
  /** Called once per AWS API request actually sent (retries included). */
  apiCall(service: string, api: string): void;
  /** Coarse progress for the scans page: a service/region part finished. */
  progress(part: { service: string; region: string; done: boolean }): void;
}
