/**
 * Chart legends that name every mark a chart draws: the plan's own grades with their printed
 * meaning, and the marks the site adds (課別, 評価なし, 記載なし, achievement classes) in words.
 */
import { gradeMeaning, type GradeLegendEntry } from "../grades.ts";
import { swatch } from "./palette.ts";

export interface LegendEntry {
  key: string;
  label: string;
  meaning: string;
  fill: string;
  dashed: boolean;
}

/** What the marks the site adds mean: one wording for the plan chart and the measure page. */
export const MARK_MEANINGS: Readonly<Record<string, string>> = {
  sections:
    "担当課ごとに別々の評価が書かれている（例：A/B）。課ごとの評価は施策のページの年度の欄にあります",
  none: "この年度の評価の記載がない",
  missing: "この年度の記録が資料にない",
  done: "達成度が「実施」「100」など、実施したと読める表記",
  "not-done": "達成度が「未実施」「中止」など",
  other: "達成度が数値や記述（例：「９４団体」）",
};

const ACHIEVEMENT_NONE = "この年度の達成度の記載がない";

/** One entry per mark, in the order given (the chart's own order). */
export function legendEntries(
  marks: readonly { key: string; label: string }[],
  grades: readonly GradeLegendEntry[],
  mode: "grade" | "achievement",
): LegendEntry[] {
  return marks.map(({ key, label }) => {
    const s = swatch(key);
    const meaning =
      gradeMeaning(grades, key) ??
      (mode === "achievement" && key === "none" ? ACHIEVEMENT_NONE : MARK_MEANINGS[key]) ??
      label;
    return { key, label, meaning, fill: s.fill, dashed: Boolean(s.dashed) };
  });
}
