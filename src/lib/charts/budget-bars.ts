/**
 * Budget bars of a strategic-plan measure: one bar per fiscal year (百万円), the printed total
 * kept out of the bars (it is the sum, not a year) and stated in the description.
 */
import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import type { Budget } from "../../schemas/measure.ts";
import { formatFiscalYearShort } from "../fiscal-year.ts";

export interface BudgetBar {
  fiscalYear: number;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BudgetGeometry {
  width: number;
  height: number;
  baseline: number;
  bars: BudgetBar[];
  total: number | null;
}

const PLOT_H = 120;
const TOP = 22;

export function layoutBudgetBars(budget: readonly Budget[]): BudgetGeometry {
  const years = budget.filter((b): b is Budget & { fiscalYear: number } => b.fiscalYear !== null);
  const width = Math.max(years.length * 72, 96);
  const x = scaleBand<number>()
    .domain(years.map((b) => b.fiscalYear))
    .range([0, width])
    .padding(0.25);
  const y = scaleLinear()
    .domain([0, max(years, (b) => b.millionYen) ?? 1])
    .nice()
    .range([PLOT_H, 0]);
  return {
    width,
    height: TOP + PLOT_H + 22,
    baseline: TOP + PLOT_H,
    bars: years.map((b) => ({
      fiscalYear: b.fiscalYear,
      label: formatFiscalYearShort(b.fiscalYear),
      value: b.millionYen,
      x: x(b.fiscalYear) ?? 0,
      y: TOP + y(b.millionYen),
      width: x.bandwidth(),
      height: PLOT_H - y(b.millionYen),
    })),
    total: budget.find((b) => b.fiscalYear === null)?.millionYen ?? null,
  };
}
