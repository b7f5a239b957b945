"use client";
// Queues a manual scan; the refreshed page shows it with live progress (LiveScanStatus polls it).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { requestScanAction } from "@/app/scans/actions";
import { scanKeys } from "@/app/scans/scan-keys";

export function ScanNowButton({ accountId, disabled }: { accountId: string; disabled?: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const scan = useMutation({
    mutationFn: async () => {
      const result = await requestScanAction({ accountId });
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
    onSuccess: async (value) => {
      await queryClient.invalidateQueries({ queryKey: scanKeys.detail(value.scanId) });
      router.refresh();
    },
  });
  return (
    <span style={{ display: "inline-flex", gap: "0.5rem", alignItems: "center" }}>
      <button type="button" onClick={() => scan.mutate()} disabled={disabled || scan.isPending}>
        {scan.isPending ? "Queuing…" : "Scan now"}
      </button>
      <span role="status" className="muted">
        {scan.isSuccess ? (scan.data.created ? "Scan queued." : "A scan is already queued or running.") : null}
      </span>
      {scan.isError ? <span role="alert" className="notice error">{scan.error.message}</span> : null}
    </span>
  );
}
