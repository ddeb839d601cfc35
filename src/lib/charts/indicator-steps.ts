/**
 * Strategic-plan indicators as steps: one row per indicator, one column per printed column
 * (現況 → 年度計画 → 目標), each cell printing its value, joined by a step line so the reader
 * sees the path from the baseline to the target.
 */
import { line, curveStepAfter } from "d3-shape";
import type { Indicator } from "../../schemas/measure.ts";
import { formatFiscalYearShort } from "../fiscal-year.ts";
import { swatch, type Swatch } from "./palette.ts";
import { estimateTextWidth, fitLabel } from "./text-width.ts";

export interface IndicatorColumn {
  key: string;
  kind: "baseline" | "plan" | "target" | "total";
  fiscalYear: number | null;
  /** e.g. "現況 H29", "計画 H30", "目標 H31", "計" */
  label: string;
}

const KIND_LABEL = { baseline: "現況", plan: "計画", target: "目標", total: "計" } as const;
const KIND_ORDER = { baseline: 0, plan: 1, target: 2, total: 3 } as const;

export function indicatorColumns(indicators: readonly Indicator[]): IndicatorColumn[] {
  const seen = new Map<string, IndicatorColumn>();
  for (const ind of indicators) {
    for (const v of ind.values) {
      const key = `${v.kind}:${v.fiscalYear ?? ""}`;
      if (!seen.has(key)) {
        const year = v.fiscalYear === null ? "" : ` ${formatFiscalYearShort(v.fiscalYear)}`;
        seen.set(key, {
          key,
          kind: v.kind,
          fiscalYear: v.fiscalYear,
          label: `${KIND_LABEL[v.kind]}${year}`,
        });
      }
    }
  }
  return [...seen.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.fiscalYear ?? 0) - (b.fiscalYear ?? 0),
  );
}

export interface IndicatorCell {
  column: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Lines printed in the cell; the full value is in the table beside the chart. */
  lines: string[];
  swatch: Swatch;
}

export interface IndicatorGeometry {
  width: number;
  height: number;
  columns: (IndicatorColumn & { x: number; width: number })[];
  rows: { label: string; y: number; cells: IndicatorCell[]; path: string }[];
}

export const INDICATOR_FONT = { cell: 12, header: 11, line: 15 } as const;
/** A cell's text column is at most this wide: longer values wrap onto a second line, then cut. */
const MAX_TEXT = 7 * INDICATOR_FONT.cell;
const MIN_TEXT = 3 * INDICATOR_FONT.cell;
const PAD = 5;
const GAP = 8;
const CELL_H = 2 * INDICATOR_FONT.line + 2 * PAD;
const TOP = 22;
const LABEL_H = 20;
const ROW_H = LABEL_H + CELL_H + 14;

const keyOf = (v: { kind: string; fiscalYear: number | null }): string =>
  `${v.kind}:${v.fiscalYear ?? ""}`;
const cellText = (value: string | null): string => value ?? "不明";

/**
 * The columns the chart draws: a 計 column only where some indicator prints a total (for most
 * text-only indicators the total cell is empty, and an empty column would read as missing data).
 */
export function chartColumns(indicators: readonly Indicator[]): IndicatorColumn[] {
  const withTotal = indicators.some((ind) =>
    ind.values.some((v) => v.kind === "total" && v.value !== null),
  );
  return indicatorColumns(indicators).filter((c) => c.kind !== "total" || withTotal);
}

export function layoutIndicatorSteps(indicators: readonly Indicator[]): IndicatorGeometry {
  const columns = chartColumns(indicators);
  // Each column as wide as its longest value needs (up to MAX_TEXT), and its header.
  const widths = columns.map((c) => {
    const texts = indicators.flatMap((ind) =>
      ind.values.filter((v) => keyOf(v) === c.key).map((v) => cellText(v.value)),
    );
    const longestLine = Math.max(
      0,
      ...texts.flatMap((t) =>
        t.split("\n").map((l) => estimateTextWidth(l.trim(), INDICATOR_FONT.cell)),
      ),
    );
    const text = Math.min(MAX_TEXT, Math.max(MIN_TEXT, longestLine));
    return Math.max(text, estimateTextWidth(c.label, INDICATOR_FONT.header)) + 2 * PAD;
  });
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, w) => a + w + GAP, 0));
  const width = Math.max(
    84,
    xs.length ? (xs[xs.length - 1] as number) + (widths[widths.length - 1] as number) : 0,
  );
  const placed = columns.map((c, i) => ({ ...c, x: xs[i] as number, width: widths[i] as number }));
  const step = line<[number, number]>().curve(curveStepAfter);
  return {
    width,
    height: TOP + indicators.length * ROW_H,
    columns: placed,
    rows: indicators.map((ind, i) => {
      const top = TOP + i * ROW_H;
      const y = top + LABEL_H;
      const cells = ind.values.flatMap((v): IndicatorCell[] => {
        const col = placed.find((c) => c.key === keyOf(v));
        if (!col) return [];
        return [
          {
            column: col.key,
            x: col.x,
            y,
            width: col.width,
            height: CELL_H,
            lines: fitLabel(cellText(v.value), col.width - 2 * PAD, INDICATOR_FONT.cell, 2).lines,
            swatch: swatch(v.value === null ? "none" : v.kind),
          },
        ];
      });
      cells.sort((a, b) => a.x - b.x);
      // Steps run under the cells, offset by kind so the line climbs toward the target.
      const points = cells.map((c, k): [number, number] => [
        c.x + c.width / 2,
        y + CELL_H + 8 - (k === 0 ? 0 : 3),
      ]);
      const label =
        fitLabel(`指標${i + 1}　${ind.name}`, width, INDICATOR_FONT.header, 1).lines[0] ?? "";
      return { label, y: top, cells, path: step(points) ?? "" };
    }),
  };
}

/**
 * Every value of every indicator in words, as printed: the chart's <desc>, so a value the chart
 * had to cut is whole for screen readers (the table beside the chart also has it).
 */
export function describeIndicatorValues(indicators: readonly Indicator[]): string {
  const columns = indicatorColumns(indicators);
  return indicators
    .map((ind, i) => {
      const values = columns.flatMap((c) => {
        const v = ind.values.find((x) => keyOf(x) === c.key);
        return v ? [`${c.label}「${cellText(v.value).replace(/\s*\n\s*/gu, "／")}」`] : [];
      });
      return `指標${i + 1}「${ind.name}」：${values.join("、")}`;
    })
    .join("。")
    .concat("。");
}
