/**
 * Which empty cells are *unknown* rather than empty: the source prints the cell but nobody could
 * place its value with confidence. The data says so in measure.unknownFields, so a page never has
 * to guess it from a note's wording, and the note that lists them is generated from it (a
 * hand-written note only says why; it cannot contradict the data). See docs/curation.md.
 */
import type { Measure, YearField } from "../schemas/measure.ts";
import { formatFiscalYear, gregorianToEra } from "./fiscal-year.ts";
import type { YearFieldLabels } from "../schemas/municipality.ts";

export type { YearField } from "../schemas/measure.ts";

type UnknownSource = Pick<Measure, "years" | "indicators" | "unknownFields">;

/** Whether `field` of year record `index` is a cell recorded as unknown. */
export function isUnknownCell(measure: UnknownSource, index: number, field: YearField): boolean {
  return measure.unknownFields.includes(`years.${index}.${field}`);
}

/**
 * Whether the cell of `fiscalYear` and `field` is recorded as unknown — for tables keyed by year
 * rather than by position (tidy downloads: a flag column beside the value).
 */
export function isUnknown(measure: UnknownSource, fiscalYear: number, field: YearField): boolean {
  const index = measure.years.findIndex((y) => y.fiscalYear === fiscalYear);
  return index >= 0 && isUnknownCell(measure, index, field);
}

/** Whether indicator cell `values[j]` of row `i` is a cell recorded as unknown. */
export function isUnknownIndicatorValue(measure: UnknownSource, i: number, j: number): boolean {
  return measure.unknownFields.includes(`indicators.${i}.values.${j}.value`);
}

export const UNKNOWN_TEXT = "不明（資料から特定できません）";

/** Start of the generated note; hand-written notes never say which cells are unknown. */
export const UNKNOWN_NOTE_PREFIX = "資料から特定できないため不明としている欄：";

function eraYear(fiscalYear: number): string {
  const { era, year } = gregorianToEra(fiscalYear);
  return `${era}${year === 1 ? "元" : year}年度`;
}

/** A reader's name for one indicator cell: 令和５年度末の現況, 令和６年度, 令和８年度目標, 計. */
function indicatorCellLabel(kind: string, fiscalYear: number | null): string {
  if (kind === "total" || fiscalYear === null) return "計";
  if (kind === "baseline") return `${eraYear(fiscalYear)}末の現況`;
  if (kind === "target") return `${eraYear(fiscalYear)}目標`;
  return eraYear(fiscalYear);
}

/**
 * The note listing every unknown cell of a measure, in the data's order, or null when none:
 * `資料から特定できないため不明としている欄：令和4年度（2022年度）の進捗状況・課題、行「…」の計。`
 */
export function unknownCellsNote(measure: UnknownSource, labels: YearFieldLabels): string | null {
  const parts: (string | { row: number; cells: string[] })[] = [];
  for (const path of measure.unknownFields) {
    const year = /^years\.(\d+)\.(\w+)$/u.exec(path);
    const cell = /^indicators\.(\d+)\.values\.(\d+)\.value$/u.exec(path);
    if (year) {
      const y = measure.years[Number(year[1])];
      const label = labels[year[2] as YearField] ?? year[2];
      parts.push(y ? `${formatFiscalYear(y.fiscalYear)}の${label}` : path);
    } else if (cell) {
      const row = Number(cell[1]);
      const v = measure.indicators[row]?.values[Number(cell[2])];
      const label = v ? indicatorCellLabel(v.kind, v.fiscalYear) : path;
      const group = parts.find((p) => typeof p !== "string" && p.row === row);
      if (group && typeof group !== "string") group.cells.push(label);
      else parts.push({ row, cells: [label] });
    } else parts.push(path);
  }
  if (parts.length === 0) return null;
  const text = parts.map((p) =>
    typeof p === "string"
      ? p
      : `行「${measure.indicators[p.row]?.name ?? p.row}」の${p.cells.join("・")}`,
  );
  return `${UNKNOWN_NOTE_PREFIX}${text.join("、")}。`;
}

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
