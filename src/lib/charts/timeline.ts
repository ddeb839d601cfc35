/**
 * Cross-year timeline of one measure: one cell per fiscal year with the printed letter or value.
 * Used for grades (Nerima) and achievement (Koganei), and for interim/status-only years.
 */
import { scaleBand } from "d3-scale";
import { swatch, type Swatch } from "./palette.ts";

export interface TimelineDatum {
  fiscalYear: number;
  /** Two short header lines, e.g. ["R2", "2020"]. */
  header: [string, string];
  /** Printed in the cell (already clipped or full). */
  text: string;
  /** Palette key: "A", "none", "missing", "done" … */
  key: string;
}

export interface TimelineCell extends TimelineDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  swatch: Swatch;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  headerY: [number, number];
  cells: TimelineCell[];
}

export function layoutTimeline(data: readonly TimelineDatum[], cellWidth = 56): TimelineGeometry {
  const width = Math.max(data.length * (cellWidth + 6), cellWidth + 6);
  const x = scaleBand<number>()
    .domain(data.map((d) => d.fiscalYear))
    .range([0, width])
    .paddingInner(0.1)
    .paddingOuter(0.05);
  const top = 36;
  const height = 36;
  return {
    width,
    height: top + height + 4,
    headerY: [13, 29],
    cells: data.map((d) => ({
      ...d,
      x: x(d.fiscalYear) ?? 0,
      y: top,
      width: x.bandwidth(),
      height,
      swatch: swatch(d.key),
    })),
  };
}
