/** SVG snapshots: the exact markup each chart kind writes, numbers rounded (svg.ts). */
import { describe, expect, it } from "vitest";
import type { Measure, YearRecord } from "../../schemas/measure.ts";
import { layoutBudgetBars } from "./budget-bars.ts";
import { layoutIndicatorSteps } from "./indicator-steps.ts";
import { renderBudgetBars, renderIndicatorSteps, renderStacked, renderTimeline } from "./render.ts";
import {
  achievementTimelineSeries,
  gradeDistributionSeries,
  gradeTimelineSeries,
} from "./series.ts";
import { layoutStacked } from "./stacked.ts";
import { layoutTimeline } from "./timeline.ts";
import { measureWithYears, yearRecord } from "../../../tests/fixtures/records.ts";

const legend = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり" },
  { grade: "B", meaning: "遅れや修正が生じた" },
];
const year = yearRecord;
const m = (years: YearRecord[]): Measure => measureWithYears(years);
const frame = { id: "c", title: "題<&>", desc: "説明" };
const plan = { fiscalYears: [2019, 2020, 2021, 2022, 2023], grades: legend };
const measure = m([
  year(2019, { grade: "B" }),
  year(2020, {
    gradesBySection: [
      { department: "x課", grade: "A" },
      { department: "y課", grade: "B" },
    ],
  }),
  year(2021, { grade: "A+" }),
  year(2022),
]);

describe("chart SVG", () => {
  it("grade timeline", async () => {
    const svg = renderTimeline(layoutTimeline(gradeTimelineSeries(measure, plan)), frame);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="c-title">題&lt;&amp;&gt;</title>');
    await expect(svg).toMatchFileSnapshot("__snapshots__/grade-timeline.svg");
  });
  it("achievement timeline", async () => {
    const k = m([
      year(2020, { achievement: "実施" }),
      year(2021, { achievement: "９４団体（市内の全団体）" }),
    ]);
    const svg = renderTimeline(
      layoutTimeline(achievementTimelineSeries(k, { fiscalYears: [2020, 2021], grades: [] }), 96),
      frame,
    );
    await expect(svg).toMatchFileSnapshot("__snapshots__/achievement-timeline.svg");
  });
  it("grade distribution", async () => {
    const svg = renderStacked(
      layoutStacked(gradeDistributionSeries([measure, m([year(2019, { grade: "A" })])], plan)),
      frame,
    );
    await expect(svg).toMatchFileSnapshot("__snapshots__/grade-distribution.svg");
  });
  it("indicator steps", async () => {
    const svg = renderIndicatorSteps(
      layoutIndicatorSteps([
        {
          name: "妊婦面談",
          values: [
            { kind: "baseline", fiscalYear: 2017, value: "実施" },
            { kind: "plan", fiscalYear: 2018, value: "実施" },
            { kind: "target", fiscalYear: 2019, value: "全員" },
          ],
        },
        {
          name: "産後ケア",
          values: [
            { kind: "baseline", fiscalYear: 2017, value: "1か所" },
            { kind: "plan", fiscalYear: 2018, value: null },
            { kind: "total", fiscalYear: null, value: "拡大" },
          ],
        },
      ]),
      frame,
    );
    await expect(svg).toMatchFileSnapshot("__snapshots__/indicator-steps.svg");
  });
  it("budget bars", async () => {
    const svg = renderBudgetBars(
      layoutBudgetBars([
        { fiscalYear: 2018, millionYen: 121 },
        { fiscalYear: 2019, millionYen: 133 },
        { fiscalYear: null, millionYen: 254 },
      ]),
      frame,
    );
    await expect(svg).toMatchFileSnapshot("__snapshots__/budget-bars.svg");
  });
});
