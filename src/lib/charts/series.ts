/**
 * Data → series for each chart: the cells, rows and the one-sentence finding (<desc>) that the
 * chart and its table show. Pure: measures and the plan's legend in, plain data out.
 */
import type { Measure } from "../../schemas/measure.ts";
import { formatFiscalYear, formatFiscalYearShort } from "../fiscal-year.ts";
import {
  countGradesByYear,
  gradeMeaning,
  printedGrade,
  readGradeCell,
  type GradeLegendEntry,
} from "../grades.ts";
import type { StackedRowInput } from "./stacked.ts";
import type { TimelineDatum } from "./timeline.ts";
import { toComparable } from "../normalize.ts";

export interface PlanLike {
  fiscalYears: number[];
  grades: GradeLegendEntry[];
}

const header = (fy: number): [string, string] => [formatFiscalYearShort(fy), String(fy)];

/** Grade per fiscal year of the plan; "評価なし" (none) differs from "記載なし" (missing year). */
export function gradeTimelineSeries(measure: Measure, plan: PlanLike): TimelineDatum[] {
  return plan.fiscalYears.map((fy) => {
    const year = measure.years.find((y) => y.fiscalYear === fy);
    const cell = readGradeCell(year);
    if (cell.kind === "grade")
      return {
        fiscalYear: fy,
        header: header(fy),
        text: printedGrade(plan.grades, cell.grade),
        key: cell.grade,
      };
    if (cell.kind === "sections") {
      return {
        fiscalYear: fy,
        header: header(fy),
        text: cell.grades.map((g) => printedGrade(plan.grades, g.grade)).join("/"),
        key: "sections",
      };
    }
    if (cell.kind === "missing")
      return { fiscalYear: fy, header: header(fy), text: "記載なし", key: "missing" };
    return {
      fiscalYear: fy,
      header: header(fy),
      text: year?.status === "interim" ? "途中経過" : "評価なし",
      key: "none",
    };
  });
}

export function describeGradeTimeline(data: readonly TimelineDatum[], plan: PlanLike): string {
  if (data.length === 0) return "年度の記録はありません。";
  const graded = data.filter((d) => d.key !== "none" && d.key !== "missing");
  const first = data[0] as TimelineDatum;
  const last = data[data.length - 1] as TimelineDatum;
  const span =
    data.length === 1
      ? formatFiscalYear(first.fiscalYear)
      : `${formatFiscalYear(first.fiscalYear)}から${formatFiscalYear(last.fiscalYear)}まで`;
  if (graded.length === 0) {
    return `${span}、この資料に評価の記載はありません。`;
  }
  const keys = new Set(data.map((d) => d.key));
  if (keys.size === 1 && graded.length === data.length) {
    const meaning = gradeMeaning(plan.grades, first.key);
    return `${span}の評価は、すべて${first.text}${meaning ? `（${meaning}）` : ""}です。`;
  }
  return `${span}の評価は、${data.map((d) => `${d.header[0]} ${d.text}`).join("、")}です。`;
}

/** Achievement classes: the value as printed stays in the table; the class only colours cells. */
export function classifyAchievement(value: string | null): "done" | "not-done" | "other" | "none" {
  if (value === null) return "none";
  const v = toComparable(value);
  if (/^(未実施|中止|未開催|0%?)$/u.test(v) || v.includes("未実施")) return "not-done";
  if (/^(実施|実施済み?|達成|100%?|完了)$/u.test(v)) return "done";
  return "other";
}

export const ACHIEVEMENT_LABELS = {
  done: "実施",
  "not-done": "未実施",
  other: "数値・記述",
  none: "記載なし",
  missing: "年度なし",
} as const;

export function achievementTimelineSeries(measure: Measure, plan: PlanLike): TimelineDatum[] {
  return plan.fiscalYears.map((fy) => {
    const year = measure.years.find((y) => y.fiscalYear === fy);
    if (!year) return { fiscalYear: fy, header: header(fy), text: "記載なし", key: "missing" };
    const key = classifyAchievement(year.achievement);
    return {
      fiscalYear: fy,
      header: header(fy),
      text: year.achievement ?? "記載なし",
      key,
    };
  });
}

export function describeAchievementTimeline(measure: Measure, plan: PlanLike): string {
  const parts = plan.fiscalYears.map((fy) => {
    const a = measure.years.find((y) => y.fiscalYear === fy)?.achievement;
    return `${formatFiscalYear(fy)}は${a ? `「${a}」` : "記載なし"}`;
  });
  return `達成度（原資料の表記のまま）は、${parts.join("、")}です。`;
}

const bucketLabel = (plan: PlanLike, key: string): string =>
  key === "sections"
    ? "課別"
    : key === "none"
      ? "評価なし"
      : key === "missing"
        ? "記載なし"
        : printedGrade(plan.grades, key);

export function gradeDistributionSeries(
  measures: readonly Measure[],
  plan: PlanLike,
): StackedRowInput[] {
  return countGradesByYear(measures, plan.fiscalYears, plan.grades).map((d) => ({
    label: formatFiscalYearShort(d.fiscalYear),
    fiscalYear: d.fiscalYear,
    counts: d.counts.map((c) => ({ key: c.key, label: bucketLabel(plan, c.key), count: c.count })),
  }));
}

export function describeGradeDistribution(measures: readonly Measure[], plan: PlanLike): string {
  const years = countGradesByYear(measures, plan.fiscalYears, plan.grades);
  const last = years[years.length - 1];
  if (!last) return "年度の記録はありません。";
  const say = (d: (typeof years)[number]): string =>
    d.counts
      .filter((c) => c.count > 0)
      .map((c) => `${bucketLabel(plan, c.key)}が${c.count}件`)
      .join("、");
  const first = years[0] as (typeof years)[number];
  const lastText = `${formatFiscalYear(last.fiscalYear)}は${last.total}件のうち${say(last)}です。`;
  return years.length > 1
    ? `${formatFiscalYear(first.fiscalYear)}は${say(first)}、${lastText}`
    : lastText;
}

export function achievementDistributionSeries(
  measures: readonly Measure[],
  plan: PlanLike,
): StackedRowInput[] {
  const keys = ["done", "other", "not-done", "none", "missing"] as const;
  return plan.fiscalYears.map((fy) => {
    const tally = new Map<string, number>(keys.map((k) => [k, 0]));
    for (const m of measures) {
      const year = m.years.find((y) => y.fiscalYear === fy);
      const key = year ? classifyAchievement(year.achievement) : "missing";
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return {
      label: formatFiscalYearShort(fy),
      fiscalYear: fy,
      counts: keys.map((k) => ({ key: k, label: ACHIEVEMENT_LABELS[k], count: tally.get(k) ?? 0 })),
    };
  });
}

export function describeStacked(rows: readonly StackedRowInput[], noun: string): string {
  return (
    rows
      .map(
        (r) =>
          `${r.label}：${r.counts
            .filter((c) => c.count > 0)
            .map((c) => `${c.label} ${c.count}件`)
            .join("、")}`,
      )
      .join("。") + `（${noun}）。`
  );
}
