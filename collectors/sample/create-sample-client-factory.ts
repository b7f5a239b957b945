import type { AwsServiceId, ClientFactory } from "@/collectors/aws/aws-service";
import { apiNameOf } from "@/collectors/aws/add-request-gate";
import { newAwsClient } from "@/collectors/aws/new-aws-client";
import type { CollectionSink } from "@/collectors/collection-sink";
import { findRecording, SAMPLE_RECORDINGS, type Recording } from "@/collectors/sample/sample-recordings";

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;

/**
 * Turns a JSON recording into what the SDK returns: timestamps as Date (Lambda keeps them as
 * strings, as its SDK does), the credential report's CSV as bytes.
 */
function toSdkOutput(service: AwsServiceId, command: string, output: Record<string, unknown>): Record<string, unknown> {
  const revived = JSON.parse(JSON.stringify(output), (key, value: unknown) =>
    service !== "lambda" && typeof value === "string" && /(Date|Time|At|Timestamp|LastAuthenticated)$/.test(key) && ISO_TIMESTAMP.test(value) ? new Date(value) : value,
  ) as Record<string, unknown>;
  if (command === "GetCredentialReport" && typeof revived.Content === "string") {
    revived.Content = new TextEncoder().encode(revived.Content);
  }
  return revived;
}

/** An error shaped like the SDK's service exceptions (name, $fault, $metadata.httpStatusCode). */
function toSdkError(error: NonNullable<Recording["error"]>): Error {
  return Object.assign(new Error(error.message), {
    name: error.name,
    $fault: error.status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: error.status, requestId: "sample", attempts: 1, totalRetryDelay: 0 },
  });
}

interface InitializeStack {
  add(
    middleware: (next: unknown, context: { commandName?: string }) => (args: { input: Record<string, unknown> }) => Promise<unknown>,
    options: { step: "initialize"; name: string; priority: "high"; override?: boolean },
  ): void;
}

/**
 * Real SDK clients for the built-in sample account whose first middleware answers from the
 * recordings instead of the network, so the sample runs through exactly the collectors of a
 * real scan (paginators, error handling and all).
 */
export function createSampleClientFactory(
  sink: Pick<CollectionSink, "apiCall">,
  recordings: Record<AwsServiceId, Recording[]> = SAMPLE_RECORDINGS,
): ClientFactory {
  const clients = new Map<string, unknown>();
  return {
    client(service, region) {
      const key = `${service}:${region}`;
      const cached = clients.get(key);
      if (cached) return cached as never;
      const client = newAwsClient(service, {
        region,
        credentials: { accessKeyId: "SAMPLE", secretAccessKey: "SAMPLE" },
        maxAttempts: 1,
      });
      (client.middlewareStack as unknown as InitializeStack).add(
        (_next, context) => async (args) => {
          const command = apiNameOf(context.commandName);
          sink.apiCall(service, command);
          const recording = findRecording(recordings[service], command, region, args.input);
          if (!recording) {
            throw toSdkError({ name: "SampleRecordingMissing", status: 400, message: `No sample recording for ${service}:${command} in ${region}` });
          }
          if (recording.error) throw toSdkError(recording.error);
          const output = toSdkOutput(service, command, recording.output ?? {});
          return { output: { ...output, $metadata: { httpStatusCode: 200, requestId: "sample", attempts: 1, totalRetryDelay: 0 } }, response: {} };
        },
        { step: "initialize", name: "vigilSampleResponder", priority: "high", override: true },
      );
      clients.set(key, client);
      return client as never;
    },
  };
}
