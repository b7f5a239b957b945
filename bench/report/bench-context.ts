import type { BenchServer } from "../postgres/bench-server";
import type { RecordFigure } from "./figure";

/** What every benchmark section receives from the runner. */
export interface BenchContext {
  server: BenchServer;
  /** Multiplies every data size (1 = the documented full size). */
  scale: number;
  record: RecordFigure;
  log(message: string): void;
  /** Registers clean-up to run once every section has finished (servers shared between sections). */
  defer(cleanup: () => Promise<void>): void;
}

/** A goal applies only to a full-size run; smaller runs still report the figure. */
export function goalAtFullScale(context: BenchContext, goal: number): number | undefined {
  return context.scale >= 1 ? goal : undefined;
}
