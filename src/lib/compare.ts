/**
 * The comparison by national guideline category (/compare/): how many measures each municipality's
 * suicide-prevention plan puts in each category, and per category the measures with their latest
 * printed grade or 達成度. The mapping itself is ours (data/categories.json); grades stay each
 * municipality's own self-assessment and are only read here, never converted or compared.
 */
import type { Category, CategoryRule } from "../schemas/category.ts";
import type { Measure, PathStep, YearRecord } from "../schemas/measure.ts";
import { formatPathStep } from "./format.ts";
import { printedGrade, type GradeLegendEntry } from "./grades.ts";

export interface CompareMatrix {
  /** Municipality ids, in column order. */
  columns: string[];
  rows: { category: Category; counts: number[] }[];
  /** Measures with a category, per column. */
  totals: number[];
}

/** Categories × municipalities: measure counts (measures without a category are left out). */
export function buildCompareMatrix(
  categories: readonly Category[],
  municipalities: readonly string[],
  measures: readonly Pick<Measure, "municipality" | "category">[],
): CompareMatrix {
  const count = (category: string | null, municipality: string): number =>
    measures.filter(
      (m) =>
        m.municipality === municipality &&
        m.category !== null &&
        (category === null || m.category === category),
    ).length;
  return {
    columns: [...municipalities],
    rows: categories.map((category) => ({
      category,
      counts: municipalities.map((id) => count(category.id, id)),
    })),
    totals: municipalities.map((id) => count(null, id)),
  };
}

/**
 * The finding in words, per municipality: the category with most measures. Used as the matrix
 * table's summary; the caveat that counts follow each plan's own headings goes beside it.
 */
export function describeMatrix(matrix: CompareMatrix, names: Record<string, string>): string {
  const parts = matrix.columns.map((id, col) => {
    const max = Math.max(0, ...matrix.rows.map((r) => r.counts[col] ?? 0));
    const top = matrix.rows.filter((r) => max > 0 && r.counts[col] === max);
    const name = names[id] ?? id;
    if (top.length === 0) return `${name}は分類できる施策がありません`;
    const labels = top.map((r) => `「${r.category.label}」`).join("と");
    const covered = matrix.rows.filter((r) => (r.counts[col] ?? 0) > 0).length;
    return `${name}は${labels}が最も多く（${max}件）、${matrix.rows.length}分類のうち${covered}分類に施策があります`;
  });
  return `${parts.join("。")}。`;
}

/**
 * The latest status a measure's report prints: the grade, grades per section or 達成度 of the
 * last reported (not planned) year that has one, with that year. A later year without one is
 * named in `newerWithout` (Nerima 11, 62–64 print no grade for 2023: their latest status is
 * 2022's, never 記載なし). A cell recorded as unknown counts as printed.
 */
export type LatestReading = (
  | { kind: "grade"; fiscalYear: number; interim: boolean; text: string; grade: string }
  | { kind: "sections"; fiscalYear: number; interim: boolean; text: string }
  | { kind: "achievement"; fiscalYear: number; interim: boolean; text: string }
  | { kind: "unknown"; fiscalYear: number; interim: boolean }
  | { kind: "none"; fiscalYear: number | null; interim: boolean }
) & {
  /** The latest reported year, when it is later than the year read and prints no status. */
  newerWithout?: number;
};

type Reading = Exclude<LatestReading, { kind: "none" }>;

function readYear(
  year: YearRecord,
  index: number,
  unknownFields: readonly string[],
  legend: readonly GradeLegendEntry[],
): Reading | null {
  const base = { fiscalYear: year.fiscalYear, interim: year.status === "interim" };
  if (year.gradesBySection && year.gradesBySection.length > 0) {
    const text = year.gradesBySection
      .map((g) => `${g.department} ${printedGrade(legend, g.grade)}`)
      .join("、");
    return { kind: "sections", ...base, text };
  }
  if (year.grade)
    return { kind: "grade", ...base, grade: year.grade, text: printedGrade(legend, year.grade) };
  if (year.achievement) return { kind: "achievement", ...base, text: year.achievement };
  const unknown = unknownFields.some(
    (f) => f === `years.${index}.grade` || f === `years.${index}.achievement`,
  );
  return unknown ? { kind: "unknown", ...base } : null;
}

export function readLatest(
  measure: Pick<Measure, "years" | "unknownFields">,
  legend: readonly GradeLegendEntry[],
): LatestReading {
  const reported = measure.years
    .map((year, index) => ({ year, index }))
    .filter(({ year }) => year.status !== "planned")
    .sort((a, b) => a.year.fiscalYear - b.year.fiscalYear);
  const last = reported.at(-1);
  if (!last) return { kind: "none", fiscalYear: null, interim: false };
  for (const { year, index } of [...reported].reverse()) {
    const reading = readYear(year, index, measure.unknownFields, legend);
    if (!reading) continue;
    return year === last.year ? reading : { ...reading, newerWithout: last.year.fiscalYear };
  }
  return {
    kind: "none",
    fiscalYear: last.year.fiscalYear,
    interim: last.year.status === "interim",
  };
}

/** A mapping rule with the headings it names, as the plan prints them, and its measure count. */
export interface RuleSection {
  rule: CategoryRule;
  /** e.g. ["重点施策3　子どもと子育て家庭への支援", "④　児童生徒のSOSの出し方教育の実施"]. */
  headings: string[];
  /** Measures of the plan the rule places in its category. */
  count: number;
}

/** Whether a rule's section key ("基本施策/1", "重点施策/3/④") names this path (or a measure code). */
export function ruleMatches(rule: CategoryRule, measure: Pick<Measure, "path" | "code">): boolean {
  if (rule.measure !== undefined) return rule.measure === measure.code;
  if (rule.section === undefined) return false;
  const [kind, ...numbers] = rule.section.split("/");
  const [top, ...rest] = measure.path;
  if (!top || top.kind !== kind) return false;
  const steps = [top, ...rest].slice(0, numbers.length);
  return (
    steps.length === numbers.length && steps.every((s, i) => (s.number ?? s.title) === numbers[i])
  );
}

/** The rules that put measures of one plan in `category`, each with its printed headings. */
export function describeRules(
  rules: readonly CategoryRule[],
  category: string,
  plan: { municipality: string; slug: string },
  measures: readonly Pick<Measure, "path" | "code" | "category" | "municipality" | "plan">[],
): RuleSection[] {
  const ofPlan = measures.filter(
    (m) => m.municipality === plan.municipality && m.plan === plan.slug,
  );
  return rules
    .filter(
      (r) =>
        r.category === category && r.municipality === plan.municipality && r.plan === plan.slug,
    )
    .map((rule) => {
      const matched = ofPlan.filter((m) => ruleMatches(rule, m));
      const depth = rule.measure !== undefined ? 0 : (rule.section?.split("/").length ?? 1) - 1;
      const first = matched[0];
      const headings = first
        ? first.path.slice(0, depth).map((s: PathStep) => formatPathStep(s))
        : [rule.measure !== undefined ? `施策${rule.measure}` : (rule.section ?? "")];
      return {
        rule,
        headings,
        count: matched.filter((m) => m.category === category).length,
      };
    });
}
