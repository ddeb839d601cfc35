/**
 * Cross-year timeline of one measure: one cell per fiscal year with the printed letter or value.
 * Used for grades (Nerima) and achievement (Koganei), and for interim/status-only years.
 */
import { scaleBand } from "d3-scale";
import { swatch, type Swatch } from "./palette.ts";
import { estimateTextWidth, fitLabel } from "./text-width.ts";

export interface TimelineDatum {
  fiscalYear: number;
  /** Two short header lines, e.g. ["R2", "2020"]. */
  header: [string, string];
  /** The value; the cell prints as much as fits its width (the table beside has all of it). */
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

/** Cell text size in px (bold). */
export const TIMELINE_FONT = 13;

/** Cells widen to their longest text up to this many px; longer values are cut with …. */
const MAX_CELL = 9 * TIMELINE_FONT;

export function layoutTimeline(data: readonly TimelineDatum[], minCell = 56): TimelineGeometry {
  const longest = Math.max(0, ...data.map((d) => estimateTextWidth(d.text, TIMELINE_FONT)));
  const cellWidth = Math.max(minCell, Math.min(MAX_CELL, longest + 12));
  const width = Math.max(data.length * (cellWidth + 6), cellWidth + 6);
  const x = scaleBand<number>()
    .domain(data.map((d) => d.fiscalYear))
    .range([0, width])
    .paddingInner(0.1)
    .paddingOuter(0.05);
  // Header lines sit low enough that a CJK glyph's ascent (≈1.1 em) stays inside the viewBox.
  const top = 40;
  const height = 36;
  return {
    width,
    height: top + height + 4,
    headerY: [16, 32],
    cells: data.map((d) => ({
      ...d,
      text: fitLabel(d.text, x.bandwidth() - 6, TIMELINE_FONT, 1).lines[0] ?? "",
      x: x(d.fiscalYear) ?? 0,
      y: top,
      width: x.bandwidth(),
      height,
      swatch: swatch(d.key),
    })),
  };
}
