/**
 * Horizontal stacked bars: one row per fiscal year, one segment per category (grade or achievement
 * class). Under each bar a line prints every non-zero category with its count, so the letter is
 * always printed even when a segment is too thin to hold it.
 */
import { scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { swatch, type Swatch } from "./palette.ts";
import { estimateTextWidth } from "./text-width.ts";

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
  /** e.g. ["A＋ 2・A 85・B 6"]: every non-zero category, wrapped to the bar's width. */
  summary: string[];
  /** Baseline of the first summary line. */
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
const BAR_HEIGHT = 24;
const SUMMARY_LINE = 15;
export const STACKED_FONT = { label: 13, summary: 11 } as const;

/** Join parts with ・ into lines no wider than the bar (a part is never split). */
function wrapParts(parts: readonly string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && estimateTextWidth(`${last}・${part}`, fontSize) <= width) {
      lines[lines.length - 1] = `${last}・${part}`;
    } else lines.push(part);
  }
  return lines;
}

export function layoutStacked(rows: readonly StackedRowInput[]): StackedGeometry {
  const keys = rows[0]?.counts.map((c) => c.key) ?? [];
  const records = rows.map((r) => Object.fromEntries(r.counts.map((c) => [c.key, c.count])));
  const series = stack<Record<string, number>>().keys(keys)(records);
  const max = Math.max(1, ...rows.map((r) => r.counts.reduce((n, c) => n + c.count, 0)));
  const x = scaleLinear().domain([0, max]).range([0, BAR_WIDTH]);
  let y = 4;
  const placed = rows.map((row, i): StackedRow => {
    const segments: StackedSegment[] = [];
    row.counts.forEach((c, k) => {
      const span = series[k]?.[i];
      if (!span || c.count === 0) return;
      const width = x(span[1]) - x(span[0]);
      const inside = width >= 8 + estimateTextWidth(`${c.label} ${c.count}`, STACKED_FONT.label);
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
    const summary = wrapParts(
      segments.map((s) => `${s.label} ${s.count}`),
      BAR_WIDTH,
      STACKED_FONT.summary,
    );
    const out: StackedRow = {
      label: row.label,
      y,
      barHeight: BAR_HEIGHT,
      segments,
      summary,
      summaryY: y + BAR_HEIGHT + 14,
    };
    y += BAR_HEIGHT + 10 + summary.length * SUMMARY_LINE;
    return out;
  });
  return {
    width: LABEL_WIDTH + BAR_WIDTH + 4,
    height: y + 4,
    labelWidth: LABEL_WIDTH,
    rows: placed,
  };
}
