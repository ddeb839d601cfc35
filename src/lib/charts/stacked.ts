/**
 * Horizontal stacked bars: one row per fiscal year, one segment per category (grade or achievement
 * class). Under each bar a line prints every non-zero category with its count, so the letter is
 * always printed even when a segment is too thin to hold it.
 */
import { scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { swatch, type Swatch } from "./palette.ts";

export interface StackedRowInput {
  label: string;
  /** The fiscal year the row stands for (the table names it in full). */
  fiscalYear?: number;
  counts: { key: string; label: string; count: number }[];
}

export interface StackedSegment {
  key: string;
  label: string;
  count: number;
  x: number;
  width: number;
  swatch: Swatch;
  /** Whether the segment is wide enough to print its label inside. */
  inside: boolean;
}

export interface StackedRow {
  label: string;
  y: number;
  barHeight: number;
  segments: StackedSegment[];
  /** e.g. "A＋ 2・A 85・B 6" */
  summary: string;
  summaryY: number;
}

export interface StackedGeometry {
  width: number;
  height: number;
  labelWidth: number;
  rows: StackedRow[];
}

const BAR_WIDTH = 260;
const LABEL_WIDTH = 64;
const ROW_HEIGHT = 48;

export function layoutStacked(rows: readonly StackedRowInput[]): StackedGeometry {
  const keys = rows[0]?.counts.map((c) => c.key) ?? [];
  const records = rows.map((r) => Object.fromEntries(r.counts.map((c) => [c.key, c.count])));
  const series = stack<Record<string, number>>().keys(keys)(records);
  const max = Math.max(1, ...rows.map((r) => r.counts.reduce((n, c) => n + c.count, 0)));
  const x = scaleLinear().domain([0, max]).range([0, BAR_WIDTH]);
  return {
    width: LABEL_WIDTH + BAR_WIDTH + 4,
    height: rows.length * ROW_HEIGHT + 4,
    labelWidth: LABEL_WIDTH,
    rows: rows.map((row, i) => {
      const segments: StackedSegment[] = [];
      row.counts.forEach((c, k) => {
        const span = series[k]?.[i];
        if (!span || c.count === 0) return;
        const width = x(span[1]) - x(span[0]);
        const inside = width >= 12 + [...c.label].length * 8 + String(c.count).length * 7;
        segments.push({
          key: c.key,
          label: c.label,
          count: c.count,
          x: LABEL_WIDTH + x(span[0]),
          width,
          swatch: swatch(c.key),
          inside,
        });
      });
      return {
        label: row.label,
        y: i * ROW_HEIGHT + 4,
        barHeight: 24,
        segments,
        summary: segments.map((s) => `${s.label} ${s.count}`).join("・"),
        summaryY: i * ROW_HEIGHT + 4 + 24 + 14,
      };
    }),
  };
}
