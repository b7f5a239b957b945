// The retention job: prunes with the configured age and logs what it removed.
import { db } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { pruneOldData } from "@/lib/retention/prune-old-data";
import type { JobContext } from "../job-definition";

export default async function pruneOldDataHandler(_input: unknown, context: JobContext): Promise<void> {
  const { VIGIL_RETENTION_DAYS: retentionDays } = loadEnv();
  if (retentionDays === 0) return;
  const started = Date.now();
  const counts = await pruneOldData(db(), { now: new Date(), retentionDays });
  context.log(
    `pruned data older than ${retentionDays} days in ${Date.now() - started} ms: ${counts.resourceVersions} resource versions, ` +
      `${counts.deletedResources} deleted resources, ${counts.closedFindings} resolved findings, ${counts.scans} scans`,
  );
}
