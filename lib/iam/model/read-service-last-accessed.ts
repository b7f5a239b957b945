import type { ServiceLastAccessed } from "@/lib/iam/model/iam-model";
import { normalizeTimestamp } from "@/lib/iam/model/normalize-timestamp";

interface RawService {
  ServiceNamespace?: string;
  LastAuthenticated?: unknown;
  TrackedActionsLastAccessed?: { ActionName?: string; LastAccessedTime?: unknown }[];
}

/** Reads the `ServiceLastAccessed` configuration key (GetServiceLastAccessedDetails with action details). */
export function readServiceLastAccessed(raw: unknown): ServiceLastAccessed | null {
  if (!raw || typeof raw !== "object") return null;
  const data = raw as { JobCompletionDate?: unknown; Services?: unknown; ServicesLastAccessed?: unknown };
  const list = Array.isArray(data.Services) ? data.Services : Array.isArray(data.ServicesLastAccessed) ? data.ServicesLastAccessed : null;
  if (!list) return null;
  return {
    jobCompletionDate: normalizeTimestamp(data.JobCompletionDate),
    services: (list as RawService[])
      .filter((s) => typeof s.ServiceNamespace === "string")
      .map((s) => ({
        namespace: (s.ServiceNamespace ?? "").toLowerCase(),
        lastAuthenticated: normalizeTimestamp(s.LastAuthenticated),
        actions: Array.isArray(s.TrackedActionsLastAccessed)
          ? s.TrackedActionsLastAccessed.filter((a) => typeof a.ActionName === "string").map((a) => ({
              action: `${(s.ServiceNamespace ?? "").toLowerCase()}:${a.ActionName}`,
              lastAccessed: normalizeTimestamp(a.LastAccessedTime),
            }))
          : null,
      })),
  };
}
