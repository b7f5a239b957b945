"use client";
// One way for every triage control to mutate: call the server action, apply the change optimistically to
// the cached finding(s), roll back on failure, and invalidate only the keys the mutation touches.
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { ActionResult } from "@/app/_actions/action-result";
import { findingKeys } from "@/app/findings/finding-keys";
import type { FindingTriage } from "@/lib/findings/get-finding-triage";
import type { FindingRowsPage, FindingRow } from "@/lib/findings/finding-row";

export class ActionFailure extends Error {}

interface Options<Input> {
  action: (input: Input) => Promise<ActionResult<unknown>>;
  /** The findings the input changes. */
  findingIds: (input: Input) => string[];
  /** The optimistic change to a cached finding page (absent: no optimistic change there). */
  patchTriage?: (triage: FindingTriage, input: Input) => FindingTriage;
  /** The optimistic change to a list row. */
  patchRow?: (row: FindingRow, input: Input) => FindingRow;
  /** Whether list membership can change (status, assignee): then the lists are invalidated too. */
  touchesLists: boolean;
}

export function useTriageMutation<Input>(options: Options<Input>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => {
      const result = await options.action(input);
      if (!result.ok) throw new ActionFailure(result.message);
      return result.value;
    },
    onMutate: async (input) => {
      const ids = new Set(options.findingIds(input));
      const snapshots: [QueryKey, unknown][] = [];
      if (options.patchTriage) {
        for (const id of ids) {
          const key = findingKeys.detail(id);
          await queryClient.cancelQueries({ queryKey: key });
          const previous = queryClient.getQueryData<FindingTriage>(key);
          if (!previous) continue;
          snapshots.push([key, previous]);
          queryClient.setQueryData(key, options.patchTriage(previous, input));
        }
      }
      if (options.patchRow) {
        await queryClient.cancelQueries({ queryKey: findingKeys.lists() });
        for (const [key, page] of queryClient.getQueriesData<FindingRowsPage>({ queryKey: findingKeys.lists() })) {
          if (!page) continue;
          snapshots.push([key, page]);
          queryClient.setQueryData(key, { ...page, items: page.items.map((row) => (ids.has(row.id) ? options.patchRow!(row, input) : row)) });
        }
      }
      return { snapshots };
    },
    onError: (_error, _input, context) => {
      for (const [key, value] of context?.snapshots ?? []) queryClient.setQueryData(key, value);
    },
    onSettled: async (_data, _error, input) => {
      const ids = options.findingIds(input);
      await Promise.all([
        ...ids.map((id) => queryClient.invalidateQueries({ queryKey: findingKeys.detail(id) })),
        ...(options.touchesLists
          ? [queryClient.invalidateQueries({ queryKey: findingKeys.lists() })]
          : []),
      ]);
    },
  });
}
