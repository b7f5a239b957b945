/** An error shaped like the SDK's service exceptions, as the simulated AWS throws them. */
export function simulatedError(name: string, status: number, message = name): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status, requestId: "simulated", attempts: 1, totalRetryDelay: 0 },
  });
}

export const notFound = (name: string) => simulatedError(name, 404);
