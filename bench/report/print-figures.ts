/** The figures as an aligned text table, one row per figure, with a goal column where one applies. */
import { type Figure, meetsGoal } from "./figure";

export function formatFigures(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const ok = meetsGoal(figure);
    return [
      figure.section,
      figure.name,
      `${formatNumber(figure.value)} ${figure.unit}`,
      figure.goal === undefined ? "" : `<= ${formatNumber(figure.goal)} ${figure.unit} ${ok ? "ok" : "MISSED"}`,
    ];
  });
  const header = ["section", "figure", "value", "goal"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

function formatNumber(value: number | null): string {
  if (value === null || Number.isNaN(value)) return "n/a"; // e.g. no response completed within the run
  if (Number.isInteger(value)) return value.toLocaleString("en-US");
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
