/** Every job Vigil runs. A worker registers exactly these. */
import type { JobDefinition } from "./job-definition";
import { pruneOldDataJob } from "./definitions/prune-old-data";
import { scanAccountJob } from "./definitions/scan-account";
import { reopenExpiredSuppressionsJob } from "./definitions/reopen-expired-suppressions";
import { scheduleScansJob } from "./definitions/schedule-scans";
import { notifyDeliverJob } from "./definitions/notify-deliver";
import { notifyDigestJob } from "./definitions/notify-digest";
import { notifyScanJob } from "./definitions/notify-scan";
import { syncTicketsJob } from "./definitions/sync-tickets";
import { analyzeIamJob } from "./definitions/analyze-iam";

export const JOBS: readonly JobDefinition[] = [scanAccountJob, scheduleScansJob, pruneOldDataJob, reopenExpiredSuppressionsJob,
  notifyScanJob, notifyDeliverJob, notifyDigestJob, syncTicketsJob, analyzeIamJob];
