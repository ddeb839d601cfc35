/**
 * Which empty cells are *unknown* rather than empty. A cell is unknown when its value is null and
 * either a curation entry recorded it as unknown (its path is in curatedFields) or one of the
 * measure's notes says the cell could not be placed. Notes are free text, so the match looks for
 * the fiscal year as printed (令和２年度, 平成31（令和元）年度) and the column's name.
 */
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { gregorianToEra } from "./fiscal-year.ts";

export type YearField = "result" | "grade" | "achievement" | "assessment" | "nextPlan";

/** Column words per field, tried in this order (評価 before 実施状況: Koganei's 評価 column is
 * named 実施状況に関する担当課の評価). */
const FIELD_PATTERNS: readonly [YearField, RegExp][] = [
  ["assessment", /担当課の評価|進捗状況・課題|課題/u],
  ["achievement", /達成度/u],
  ["nextPlan", /予定|今後|実施計画/u],
  ["grade", /評価/u],
  ["result", /実績|実施状況|取組進捗状況/u],
];

const toHalfWidth = (s: string): string =>
  s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));

/** Whether a note names fiscal year `fy` (any era form, full- or half-width digits). */
export function noteNamesYear(note: string, fy: number): boolean {
  const text = toHalfWidth(note);
  const { era, year } = gregorianToEra(fy);
  const forms = [`${era}${year}年度`, `${fy}年度`];
  if (year === 1) forms.push(`${era}元年度`, `${era}元）年度`);
  if (fy === 2019) forms.push("平成31年度", "平成31（", "平成31(");
  return forms.some((f) => text.includes(f));
}

/** The field a note talks about, by the first column word it contains. */
export function noteField(note: string): YearField | null {
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(note)) return field;
  return null;
}

/**
 * Whether `field` of year record `index` is unknown. A next-year plan is printed under the
 * following year's name (令和６年度予定 on the FY2023 record), so it matches fy or fy+1.
 */
export function isUnknownCell(measure: Measure, index: number, field: YearField): boolean {
  const year: YearRecord | undefined = measure.years[index];
  if (!year || year[field] !== null) return false;
  if (measure.curatedFields.includes(`years.${index}.${field}`)) return true;
  return measure.notes.some(
    (note) =>
      noteField(note) === field &&
      (noteNamesYear(note, year.fiscalYear) ||
        (field === "nextPlan" && noteNamesYear(note, year.fiscalYear + 1))),
  );
}

/** Whether an indicator cell was recorded as unknown (null value). */
export function isUnknownIndicatorValue(measure: Measure, i: number, j: number): boolean {
  return measure.indicators[i]?.values[j]?.value === null;
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
