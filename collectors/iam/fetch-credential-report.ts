import { GenerateCredentialReportCommand, GetCredentialReportCommand } from "@aws-sdk/client-iam";
import { GLOBAL_SERVICE_REGION } from "@/collectors/aws/aws-service";
import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";
import { parseCredentialReport, type CredentialReportRow } from "@/collectors/iam/parse-credential-report";
import { GLOBAL_REGION } from "@/lib/inventory/resource-record";

const MAX_POLLS = 30;
const NOT_READY = new Set([
  "ReportInProgress", "ReportNotPresent", "ReportExpired",
  "CredentialReportNotReadyException", "CredentialReportNotPresentException", "CredentialReportExpiredException",
]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type CredentialReport = { rows: Map<string, CredentialReportRow> } | { failedApi: string; errorCode: string };

/**
 * Generates the credential report, waits for it and parses it. When it cannot be read, users are
 * still collected: a detail gap is reported and each user names the failed API in `_errors`.
 */
export async function fetchCredentialReport(context: CollectContext): Promise<CredentialReport> {
  const iam = context.clients.client("iam", GLOBAL_SERVICE_REGION);
  let api = "GenerateCredentialReport";
  try {
    for (let poll = 0; poll < MAX_POLLS; poll += 1) {
      api = "GenerateCredentialReport";
      const { State } = await iam.send(new GenerateCredentialReportCommand({}));
      if (State === "COMPLETE") {
        api = "GetCredentialReport";
        try {
          const report = await iam.send(new GetCredentialReportCommand({}));
          return { rows: parseCredentialReport(new TextDecoder().decode(report.Content ?? new Uint8Array())) };
        } catch (error) {
          if (!NOT_READY.has(errorCode(error))) throw error;
        }
      }
      await sleep(context.credentialReportPollMs);
    }
    throw Object.assign(new Error(`Credential report not ready after ${MAX_POLLS} polls`), { name: "ReportInProgress" });
  } catch (error) {
    if (isProgrammingError(error)) throw error;
    const code = errorCode(error);
    context.sink.gap({ kind: "detail", service: "iam", region: GLOBAL_REGION, api, errorCode: code, message: errorMessage(error) });
    return { failedApi: api, errorCode: code };
  }
}
