/**
 * What changed between consecutive report years of one plan: every self-grade that went up or down
 * (A+ > A > B, in the order the plan's legend prints them), or every 達成度 whose printed text
 * changed. Nothing is converted: a grade is compared only with a grade of the same scale, a
 * 達成度 only as text. Measures that cannot be compared for a pair of years (a year without a
 * status, a grade per section on one side only) are listed, not dropped.
 */
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { printedGrade, type GradeLegendEntry } from "./grades.ts";

export type ChangeScale = "grade" | "achievement";

export interface StatusChange {
  measure: Measure;
  /** The section whose grade changed, when the plan grades per section (Nerima 41). */
  department: string | null;
  from: string;
  to: string;
  direction: "up" | "down" | "changed";
}

export interface YearStep {
  from: number;
  to: number;
  up: StatusChange[];
  down: StatusChange[];
  /** 達成度 that changed (no order between texts). */
  changed: StatusChange[];
  unchanged: number;
  /** Measures with no status in one of the two years, or statuses of different kinds. */
  notCompared: NotCompared[];
}

export type NotCompared = {
  measure: Measure;
  /** no-record: the year is not in the report; no-status: in it without a grade/達成度; mixed:
   *  one year graded per section, the other as a whole. */
  reason: "no-record" | "no-status" | "mixed";
  /** The year that lacks the record or status (null for mixed). */
  fiscalYear: number | null;
};

const collapse = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "");

function yearOf(measure: Measure, fiscalYear: number): YearRecord | undefined {
  return measure.years.find((y) => y.fiscalYear === fiscalYear && y.status !== "planned");
}

/** Reported years of the plan's measures, in order (planned years are not reports). */
export function reportYears(measures: readonly Measure[]): number[] {
  const years = new Set<number>();
  for (const m of measures)
    for (const y of m.years) if (y.status !== "planned") years.add(y.fiscalYear);
  return [...years].sort((a, b) => a - b);
}

/** Which scale a plan reports on: its legend's grades, else 達成度, else none. */
export function changeScaleOf(
  legend: readonly GradeLegendEntry[],
  measures: readonly Measure[],
): ChangeScale | null {
  if (legend.length > 0) return "grade";
  return measures.some((m) => m.years.some((y) => y.achievement !== null)) ? "achievement" : null;
}

function compareGrades(
  measure: Measure,
  a: YearRecord,
  b: YearRecord,
  legend: readonly GradeLegendEntry[],
  step: YearStep,
): void {
  // The legend lists the highest grade first.
  const rank = (g: string): number => legend.findIndex((l) => l.grade === g);
  const push = (department: string | null, x: string, y: string): void => {
    if (x === y) return;
    const change: StatusChange = {
      measure,
      department,
      from: printedGrade(legend, x),
      to: printedGrade(legend, y),
      direction: rank(y) < rank(x) ? "up" : "down",
    };
    (change.direction === "up" ? step.up : step.down).push(change);
  };
  const sa = a.gradesBySection ?? null;
  const sb = b.gradesBySection ?? null;
  if (a.grade && b.grade) {
    if (a.grade === b.grade) step.unchanged += 1;
    push(null, a.grade, b.grade);
    return;
  }
  if (sa && sb) {
    const before = step.up.length + step.down.length;
    for (const g of sb) {
      const old = sa.find((x) => x.department === g.department);
      if (old) push(g.department, old.grade, g.grade);
    }
    if (step.up.length + step.down.length === before) step.unchanged += 1;
    return;
  }
  const missing = !(a.grade || sa) ? a.fiscalYear : !(b.grade || sb) ? b.fiscalYear : null;
  step.notCompared.push(
    missing !== null
      ? { measure, reason: "no-status", fiscalYear: missing }
      : { measure, reason: "mixed", fiscalYear: null },
  );
}

function compareAchievements(measure: Measure, a: YearRecord, b: YearRecord, step: YearStep): void {
  if (a.achievement === null || b.achievement === null) {
    const missing = a.achievement === null ? a.fiscalYear : b.fiscalYear;
    step.notCompared.push({ measure, reason: "no-status", fiscalYear: missing });
    return;
  }
  if (collapse(a.achievement) === collapse(b.achievement)) {
    step.unchanged += 1;
    return;
  }
  step.changed.push({
    measure,
    department: null,
    from: a.achievement,
    to: b.achievement,
    direction: "changed",
  });
}

/** Every pair of consecutive report years, with what changed between them. */
export function buildYearSteps(
  measures: readonly Measure[],
  scale: ChangeScale,
  legend: readonly GradeLegendEntry[],
): YearStep[] {
  const years = reportYears(measures);
  return years.slice(1).map((to, i) => {
    const from = years[i] as number;
    const step: YearStep = {
      from,
      to,
      up: [],
      down: [],
      changed: [],
      unchanged: 0,
      notCompared: [],
    };
    for (const measure of measures) {
      const a = yearOf(measure, from);
      const b = yearOf(measure, to);
      if (!a || !b) {
        step.notCompared.push({ measure, reason: "no-record", fiscalYear: a ? to : from });
        continue;
      }
      if (scale === "grade") compareGrades(measure, a, b, legend, step);
      else compareAchievements(measure, a, b, step);
    }
    return step;
  });
}
