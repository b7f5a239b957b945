/** Every job Vigil runs. A worker registers exactly these. */
import type { JobDefinition } from "./job-definition";
import { scanAccountJob } from "./definitions/scan-account";
import { scheduleScansJob } from "./definitions/schedule-scans";

export const JOBS: readonly JobDefinition[] = [scanAccountJob, scheduleScansJob];
