/**
 * The plan's own grades (A+/A/B), read as the plan prints them. Grades are the municipality's
 * self-assessment; these helpers only look up and count, never judge.
 */
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { formatGrade } from "./format.ts";

export interface GradeLegendEntry {
  grade: string;
  meaning: string;
  printed?: string | undefined;
}

/** What one fiscal year shows for a measure's grade. */
export type GradeCell =
  | { kind: "grade"; grade: string }
  | { kind: "sections"; grades: { department: string; grade: string }[] }
  /** The year is in the record but carries no grade (Akiruno, Koganei, a blank cell). */
  | { kind: "none" }
  /** The measure has no record for that fiscal year at all. */
  | { kind: "missing" };

export function readGradeCell(year: YearRecord | undefined): GradeCell {
  if (!year) return { kind: "missing" };
  if (year.gradesBySection && year.gradesBySection.length > 0) {
    return { kind: "sections", grades: year.gradesBySection };
  }
  if (year.grade) return { kind: "grade", grade: year.grade };
  return { kind: "none" };
}

/** The glyph as the legend prints it (A＋), falling back to the site's way of writing the key. */
export function printedGrade(legend: readonly GradeLegendEntry[], grade: string): string {
  return legend.find((g) => g.grade === grade)?.printed ?? formatGrade(grade);
}

/** The meaning the plan prints for a grade, or null when the plan has no legend entry. */
export function gradeMeaning(legend: readonly GradeLegendEntry[], grade: string): string | null {
  return legend.find((g) => g.grade === grade)?.meaning ?? null;
}

/** Keys of the distribution buckets besides the grades themselves. */
export const SECTIONS_KEY = "sections";
export const NONE_KEY = "none";
export const MISSING_KEY = "missing";

export interface GradeCount {
  key: string;
  count: number;
}

export interface YearDistribution {
  fiscalYear: number;
  total: number;
  counts: GradeCount[];
}

/**
 * Per fiscal year, how many measures carry each grade. A cell with one grade per section counts
 * once under `sections`; a year without a grade under `none`; a measure with no record that year
 * under `missing`. Bucket order follows the legend, then sections, none, missing.
 */
export function countGradesByYear(
  measures: readonly Measure[],
  fiscalYears: readonly number[],
  legend: readonly GradeLegendEntry[],
): YearDistribution[] {
  const keys = [...legend.map((g) => g.grade), SECTIONS_KEY, NONE_KEY, MISSING_KEY];
  return fiscalYears.map((fiscalYear) => {
    const tally = new Map<string, number>(keys.map((k) => [k, 0]));
    for (const m of measures) {
      const cell = readGradeCell(m.years.find((y) => y.fiscalYear === fiscalYear));
      const key =
        cell.kind === "grade" ? cell.grade : cell.kind === "sections" ? SECTIONS_KEY : cell.kind;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return {
      fiscalYear,
      total: measures.length,
      counts: [...tally].map(([key, count]) => ({ key, count })),
    };
  });
}

/** Grades of one measure in fiscal-year order, e.g. "A A B A A" (for compact lists). */
export function gradeSequence(measure: Measure, fiscalYears: readonly number[]): GradeCell[] {
  return fiscalYears.map((fy) => readGradeCell(measure.years.find((y) => y.fiscalYear === fy)));
}
