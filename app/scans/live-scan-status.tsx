"use client";
// Polls a queued or running scan and refreshes the server-rendered page when it finishes.
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { scanKeys } from "@/app/scans/scan-keys";

interface ScanStatusResponse {
  status: "queued" | "running" | "succeeded" | "partial" | "failed";
  apiCalls: number;
  resourceCount: number;
  progress: unknown;
}

const ACTIVE = new Set(["queued", "running"]);

export function LiveScanStatus({ scanId, initialStatus }: { scanId: string; initialStatus: string }) {
  const router = useRouter();
  const { data, isError } = useQuery({
    queryKey: scanKeys.detail(scanId),
    queryFn: async (): Promise<ScanStatusResponse> => {
      const response = await fetch(`/api/scans/${scanId}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`scan status ${response.status}`);
      return response.json();
    },
    refetchInterval: (query) => (query.state.data && !ACTIVE.has(query.state.data.status) ? false : 2_000),
  });
  const status = data?.status ?? initialStatus;
  useEffect(() => {
    if (data && !ACTIVE.has(data.status)) router.refresh();
  }, [data, router]);
  return (
    <span role="status" aria-live="polite">
      {status === "queued" ? "Waiting for a worker…" : status === "running" ? "Scanning…" : "Finished"}
      {data ? ` ${data.apiCalls.toLocaleString("en")} API calls, ${data.resourceCount.toLocaleString("en")} resources so far` : ""}
      {isError ? " (status unavailable, retrying)" : ""}
    </span>
  );
}
