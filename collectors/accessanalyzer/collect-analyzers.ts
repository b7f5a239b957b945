import { paginateListAnalyzers } from "@aws-sdk/client-accessanalyzer";
import type { CollectContext } from "@/collectors/core/collect-context";
import { emitResource } from "@/collectors/core/emit-resource";
import { recordInventoryGap } from "@/collectors/core/record-gap";

/** IAM Access Analyzer analyzers of one region (checks ask whether one exists). */
export async function collectAnalyzers(context: CollectContext, region: string): Promise<void> {
  const client = context.clients.client("accessanalyzer", region);
  try {
    for await (const page of paginateListAnalyzers({ client }, {})) {
      for (const analyzer of page.analyzers ?? []) {
        if (!analyzer.arn) continue;
        await emitResource(context, {
          arn: analyzer.arn,
          region,
          service: "iam",
          type: "AWS::AccessAnalyzer::Analyzer",
          name: analyzer.name ?? analyzer.arn,
          configuration: { Analyzer: analyzer },
        });
      }
    }
  } catch (error) {
    recordInventoryGap(context, { service: "accessanalyzer", region, api: "ListAnalyzers" }, error);
  }
}
