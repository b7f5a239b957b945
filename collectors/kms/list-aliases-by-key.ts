import { paginateListAliases, type AliasListEntry } from "@aws-sdk/client-kms";
import { errorCode, errorMessage, isProgrammingError } from "@/collectors/aws/error-code";
import type { CollectContext } from "@/collectors/core/collect-context";

/** One ListAliases pass per region, grouped by key id, instead of one call per key. */
export async function listAliasesByKey(
  context: CollectContext,
  region: string,
): Promise<{ byKey: Map<string, AliasListEntry[]> } | { errorCode: string }> {
  const client = context.clients.client("kms", region);
  const byKey = new Map<string, AliasListEntry[]>();
  try {
    for await (const page of paginateListAliases({ client }, {})) {
      for (const alias of page.Aliases ?? []) {
        if (!alias.TargetKeyId) continue;
        byKey.set(alias.TargetKeyId, [...(byKey.get(alias.TargetKeyId) ?? []), alias]);
      }
    }
    return { byKey };
  } catch (error) {
    if (isProgrammingError(error)) throw error;
    const code = errorCode(error);
    context.sink.gap({ kind: "detail", service: "kms", region, api: "ListAliases", errorCode: code, message: errorMessage(error) });
    return { errorCode: code };
  }
}
