// The compliance report of one framework as CSV, for auditors' spreadsheets: one row per control.
import { formatComplianceCsv } from "@/lib/compliance/format-compliance-csv";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import { loadReport } from "@/app/compliance/[framework]/load-report";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ framework: string }> }) {
  const { framework } = await params;
  const url = new URL(request.url);
  try {
    const loaded = await loadReport(framework, { account: url.searchParams.getAll("account") });
    if (!loaded.ok) return Response.json({ error: "invalid_input", message: loaded.problems.join("; ") }, { status: 400 });
    const now = new Date();
    const csv = formatComplianceCsv({
      framework: loaded.report.framework,
      scope: loaded.scopeLabel,
      generatedAt: now,
      summary: loaded.report.summary,
      failingResources: new Map([...loaded.report.failingResources].map(([id, rows]) => [id, rows.map((row) => row.resourceArn)])),
    });
    const name = `vigil-${framework}-${now.toISOString().slice(0, 10)}.csv`;
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof VigilError) return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error) });
    throw error;
  }
}
