/**
 * Which empty cells are *unknown* rather than empty: the source prints the cell but nobody could
 * place its value with confidence. The data says so in measure.unknownFields (set by curation),
 * so a page never has to guess it from a note's wording.
 */
import type { Measure } from "../schemas/measure.ts";

export type YearField = "result" | "grade" | "achievement" | "assessment" | "nextPlan";

/** Whether `field` of year record `index` is a cell recorded as unknown. */
export function isUnknownCell(measure: Measure, index: number, field: YearField): boolean {
  return measure.unknownFields.includes(`years.${index}.${field}`);
}

/** Whether indicator cell `values[j]` of row `i` is a cell recorded as unknown. */
export function isUnknownIndicatorValue(measure: Measure, i: number, j: number): boolean {
  return measure.unknownFields.includes(`indicators.${i}.values.${j}.value`);
}

export const UNKNOWN_TEXT = "不明（資料から特定できません）";

/**
 * The year cells a plan's source has at all, as `${fiscalYear}:${field}`: a field counts for a
 * year when any measure of the plan fills it. Pages show "記載なし" only for such cells, so a
 * column the document never prints (Akiruno has no 達成度) is not listed as empty 70 times.
 */
export function presentCells(measures: readonly Measure[]): Set<string> {
  const fields: YearField[] = ["result", "grade", "achievement", "assessment", "nextPlan"];
  const present = new Set<string>();
  for (const m of measures) {
    for (const y of m.years) {
      for (const f of fields) {
        if (y[f] !== null || (f === "grade" && y.gradesBySection))
          present.add(`${y.fiscalYear}:${f}`);
      }
    }
  }
  return present;
}
