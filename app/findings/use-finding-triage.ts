"use client";
import { useQuery } from "@tanstack/react-query";
import { findingKeys } from "@/app/findings/finding-keys";
import type { FindingTriage } from "@/lib/findings/get-finding-triage";

/** A finding's triage state, server-rendered first (initialData) and refetched after each mutation. */
export function useFindingTriage(initial: FindingTriage) {
  return useQuery({
    queryKey: findingKeys.detail(initial.id),
    queryFn: async (): Promise<FindingTriage> => {
      const response = await fetch(`/api/findings/${initial.id}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`finding ${response.status}`);
      return response.json();
    },
    initialData: initial,
    staleTime: 30_000,
  });
}
