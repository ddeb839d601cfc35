/**
 * The search filters: their keys (also the URL parameters), labels, and each measure's values.
 * build:search writes the values into each measure's index record (index-text.ts); the /search/
 * page reads them.
 */
import type { Measure } from "../../schemas/measure.ts";
import type { MeasureContext } from "./fields.ts";

export interface FilterSpec {
  /** pagefind filter key and URL parameter. */
  key: string;
  label: string;
}

/** In display order. `gradeYear` is not shown as its own group: the grade group's year picks it. */
export const FILTERS = {
  municipality: { key: "municipality", label: "自治体" },
  plan: { key: "plan", label: "計画" },
  category: { key: "category", label: "国の指針の分類" },
  department: { key: "department", label: "担当課" },
  grade: { key: "grade", label: "評価（自己評価）" },
  gradeYear: { key: "gradeYear", label: "評価の年度" },
  year: { key: "year", label: "年度" },
} as const satisfies Record<string, FilterSpec>;

export type FilterKey = keyof typeof FILTERS;
export const FILTER_KEYS = Object.keys(FILTERS) as FilterKey[];

/** `2023:A` — a grade given in one fiscal year. */
export function gradeYearValue(fiscalYear: number, grade: string): string {
  return `${fiscalYear}:${grade}`;
}

/** The plan filter names the municipality too: plan titles alone repeat across cities. */
export function planFilterValue(context: MeasureContext): string {
  return `${context.municipalityName} ${context.planTitle}`;
}

/**
 * The department filter names the municipality too: each city has its own 健康課 or 福祉課, and
 * the search page groups the values under their municipality.
 */
export function departmentFilterValue(context: MeasureContext, department: string): string {
  return `${context.municipalityName} ${department}`;
}

/** Split a plan or department value into its municipality and the rest (`練馬区 健康課`). */
export function splitMunicipalityValue(value: string): { municipality: string; label: string } {
  const at = value.indexOf(" ");
  return at < 0
    ? { municipality: "", label: value }
    : { municipality: value.slice(0, at), label: value.slice(at + 1) };
}

/** Every filter value of one measure (a key with no value is left out). */
export function measureFilters(
  measure: Measure,
  context: MeasureContext,
): Partial<Record<FilterKey, string[]>> {
  const grades = measure.years.flatMap((y) =>
    [y.grade, ...(y.gradesBySection ?? []).map((g) => g.grade)]
      .filter((g): g is NonNullable<typeof g> => g !== null)
      .map((grade) => ({ fiscalYear: y.fiscalYear, grade })),
  );
  const departments = [
    ...measure.departments,
    ...measure.years.flatMap((y) => (y.gradesBySection ?? []).map((g) => g.department)),
  ];
  const values: Record<FilterKey, string[]> = {
    municipality: [context.municipalityName],
    plan: [planFilterValue(context)],
    category: context.categoryLabel === null ? [] : [context.categoryLabel],
    department: departments.map((d) => departmentFilterValue(context, d)),
    grade: grades.map((g) => g.grade),
    gradeYear: grades.map((g) => gradeYearValue(g.fiscalYear, g.grade)),
    year: measure.years.map((y) => String(y.fiscalYear)),
  };
  const out: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const unique = [...new Set(values[key])];
    if (unique.length > 0) out[key] = unique;
  }
  return out;
}
