import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  type ServiceLastAccessed,
} from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { errorCode, errorMessage, NO_SUCH_ENTITY } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";

/** IAM keeps a job for hours; a job still running after this many polls is abandoned as a gap. */
const MAX_POLLS = 30;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface ServiceLastAccessedDetails {
  JobCompletionDate: Date | undefined;
  /** Every service the principal's policies allow, with the last use of tracked actions. */
  Services: ServiceLastAccessed[];
}

const GENERATE = "GenerateServiceLastAccessedDetails";

/** Which of the two APIs an error thrown by readServiceLastAccessed came from. */
export function lastAccessedFailedApi(error: unknown): string {
  return (error as { failedApi?: string } | null)?.failedApi ?? "GetServiceLastAccessedDetails";
}

/** An error carrying the code IAM gave for a failed job (or our own for one that never finished). */
function jobError(name: string, message: string): Error {
  return Object.assign(new Error(message), { name });
}

/**
 * Service- and action-level last access of one user or role: generates an ACTION_LEVEL job,
 * waits `lastAccessedPollMs`, then polls until IAM reports COMPLETED (reading every page by
 * Marker) or FAILED. Throws on any failure; the caller records it as the principal's detail gap.
 */
export async function readServiceLastAccessed(context: CollectContext, arn: string): Promise<ServiceLastAccessedDetails> {
  const iam = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  let JobId: string | undefined;
  try {
    ({ JobId } = await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: "ACTION_LEVEL" })));
  } catch (error) {
    throw error instanceof Error ? Object.assign(error, { failedApi: GENERATE }) : error;
  }
  if (!JobId) throw jobError("NoJobId", "GenerateServiceLastAccessedDetails returned no JobId");
  const job = JobId;
  // A job IAM no longer knows is not a deleted principal: renamed so it is not taken for one.
  const getPage = async (Marker?: string) => {
    try {
      return await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: job, MaxItems: 1000, ...(Marker ? { Marker } : {}) }));
    } catch (error) {
      throw NO_SUCH_ENTITY.includes(errorCode(error)) ? jobError("JobNotFound", errorMessage(error)) : error;
    }
  };
  for (let poll = 0; poll < MAX_POLLS; poll += 1) {
    await sleep(context.lastAccessedPollMs * Math.min(poll + 1, 4));
    const first = await getPage();
    if (first.JobStatus === "IN_PROGRESS") continue;
    if (first.JobStatus === "FAILED") {
      throw jobError(first.Error?.Code ?? "JobFailed", first.Error?.Message ?? `Service last-accessed job ${JobId} failed`);
    }
    const Services = [...(first.ServicesLastAccessed ?? [])];
    let page = first;
    while (page.IsTruncated && page.Marker) {
      page = await getPage(page.Marker);
      Services.push(...(page.ServicesLastAccessed ?? []));
    }
    return { JobCompletionDate: first.JobCompletionDate, Services };
  }
  throw jobError("JobInProgress", `Service last-accessed job ${JobId} still in progress after ${MAX_POLLS} polls`);
}
