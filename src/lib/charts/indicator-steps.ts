/**
 * Strategic-plan indicators as steps: one row per indicator, one column per printed column
 * (現況 → 年度計画 → 目標), each cell printing its value, joined by a step line so the reader
 * sees the path from the baseline to the target.
 */
import { scaleBand } from "d3-scale";
import { line, curveStepAfter } from "d3-shape";
import type { Indicator } from "../../schemas/measure.ts";
import { formatFiscalYearShort } from "../fiscal-year.ts";
import { swatch, type Swatch } from "./palette.ts";
import { clip } from "./svg.ts";

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
  text: string;
  swatch: Swatch;
}

export interface IndicatorGeometry {
  width: number;
  height: number;
  columns: (IndicatorColumn & { x: number; width: number })[];
  rows: { name: string; y: number; cells: IndicatorCell[]; path: string }[];
}

const CELL_H = 30;
const ROW_H = 62;
const TOP = 22;

export function layoutIndicatorSteps(indicators: readonly Indicator[]): IndicatorGeometry {
  const columns = indicatorColumns(indicators);
  const width = Math.max(columns.length * 70, 84);
  const x = scaleBand<string>()
    .domain(columns.map((c) => c.key))
    .range([0, width])
    .paddingInner(0.12);
  const step = line<[number, number]>().curve(curveStepAfter);
  return {
    width,
    height: TOP + indicators.length * ROW_H,
    columns: columns.map((c) => ({ ...c, x: x(c.key) ?? 0, width: x.bandwidth() })),
    rows: indicators.map((ind, i) => {
      const y = TOP + i * ROW_H + 18;
      const cells = ind.values.map((v) => {
        const key = `${v.kind}:${v.fiscalYear ?? ""}`;
        return {
          column: key,
          x: x(key) ?? 0,
          y,
          width: x.bandwidth(),
          height: CELL_H,
          text: v.value === null ? "不明" : clip(v.value, 6),
          swatch: swatch(v.value === null ? "none" : v.kind),
        };
      });
      cells.sort((a, b) => a.x - b.x);
      // Steps run through the cell centres, offset by kind so the line climbs toward the target.
      const points = cells.map((c, k): [number, number] => [
        c.x + c.width / 2,
        y + CELL_H + 6 - (k === 0 ? 0 : 3),
      ]);
      return { name: ind.name, y: TOP + i * ROW_H, cells, path: step(points) ?? "" };
    }),
  };
}
