/** One measured number of a benchmark run, with the goal it is held to when there is one. */
export interface Figure {
  section: string;
  name: string;
  value: number;
  unit: string;
  /** The value must stay at or below this. */
  goal?: number;
  /** Anything else worth keeping with the figure (per-table row counts, latency percentiles...). */
  details?: object;
}

export type RecordFigure = (figure: Omit<Figure, "section">) => void;

export function meetsGoal(figure: Figure): boolean | undefined {
  if (figure.goal === undefined) return undefined;
  return Number.isFinite(figure.value) && figure.value <= figure.goal;
}
