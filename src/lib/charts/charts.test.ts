import { describe, expect, it } from "vitest";
import type { Indicator, Measure, YearRecord } from "../../schemas/measure.ts";
import { layoutBudgetBars } from "./budget-bars.ts";
import { indicatorColumns, layoutIndicatorSteps } from "./indicator-steps.ts";
import {
  achievementDistributionSeries,
  classifyAchievement,
  describeGradeDistribution,
  describeGradeTimeline,
  gradeDistributionSeries,
  gradeTimelineSeries,
} from "./series.ts";
import { layoutStacked } from "./stacked.ts";
import { escapeXml, round } from "./svg.ts";
import { layoutTimeline } from "./timeline.ts";
import { estimateTextWidth } from "./text-width.ts";
import { measureWithYears, yearRecord } from "../../../tests/fixtures/records.ts";

const legend = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり" },
  { grade: "B", meaning: "遅れや修正が生じた" },
];
const plan = { fiscalYears: [2019, 2020, 2021], grades: legend };
const year = yearRecord;
const m = (years: YearRecord[]): Measure => measureWithYears(years);

describe("svg helpers", () => {
  it("escapes markup and rounds to one decimal", () => {
    expect(escapeXml('<a&"b">')).toBe("&lt;a&amp;&quot;b&quot;&gt;");
    expect(round(1.26)).toBe(1.3);
  });
});

describe("gradeTimelineSeries", () => {
  it("tells a year without grade from a year without record", () => {
    const data = gradeTimelineSeries(m([year(2019, { grade: "A+" }), year(2020)]), plan);
    expect(data.map((d) => [d.key, d.text])).toEqual([
      ["A+", "A＋"],
      ["none", "評価なし"],
      ["missing", "記載なし"],
    ]);
  });
  it("prints each section's grade in a split cell", () => {
    const data = gradeTimelineSeries(
      m([
        year(2019, {
          gradesBySection: [
            { department: "a", grade: "A" },
            { department: "b", grade: "B" },
          ],
        }),
      ]),
      { fiscalYears: [2019], grades: legend },
    );
    expect(data[0]).toMatchObject({ key: "sections", text: "A/B" });
  });
  it("marks an interim year as such", () => {
    const data = gradeTimelineSeries(m([year(2025, { status: "interim" })]), {
      fiscalYears: [2025],
      grades: [],
    });
    expect(data[0]?.text).toBe("途中経過");
  });
});

describe("describeGradeTimeline", () => {
  it("states a constant grade with its printed meaning", () => {
    const measure = m([
      year(2019, { grade: "A" }),
      year(2020, { grade: "A" }),
      year(2021, { grade: "A" }),
    ]);
    expect(describeGradeTimeline(gradeTimelineSeries(measure, plan), plan)).toBe(
      "令和元年度（2019年度）から令和3年度（2021年度）までの評価は、すべてA（概ね計画どおり）です。",
    );
  });
  it("lists the sequence when it changes", () => {
    const measure = m([year(2019, { grade: "B" }), year(2020, { grade: "A" })]);
    expect(describeGradeTimeline(gradeTimelineSeries(measure, plan), plan)).toContain(
      "令和元 B、令和2 A、令和3 記載なし",
    );
  });
  it("says when the document has no grade", () => {
    const p = { fiscalYears: [2025], grades: [] };
    expect(describeGradeTimeline(gradeTimelineSeries(m([year(2025)]), p), p)).toBe(
      "令和7年度（2025年度）、この資料に評価の記載はありません。",
    );
  });
});

describe("classifyAchievement", () => {
  it.each([
    ["実施", "done"],
    ["100", "done"],
    ["１００％", "done"],
    ["未実施", "not-done"],
    ["９４団体", "other"],
    ["1回実施", "other"],
    [null, "none"],
  ] as const)("%s → %s", (v, out) => expect(classifyAchievement(v)).toBe(out));
});

describe("distribution series", () => {
  const measures = [
    m([year(2019, { grade: "A" }), year(2020, { grade: "B" })]),
    m([year(2019, { grade: "A" })]),
  ];
  it("counts grades per year with buckets for no grade and no record", () => {
    const rows = gradeDistributionSeries(measures, plan);
    expect(rows[0]?.counts.find((c) => c.key === "A")?.count).toBe(2);
    expect(rows[1]?.counts.find((c) => c.key === "missing")?.count).toBe(1);
    expect(rows[0]?.fiscalYear).toBe(2019);
  });
  it("describes the first and last year", () => {
    expect(describeGradeDistribution(measures, plan)).toBe(
      "令和元年度（2019年度）はAが2件、令和3年度（2021年度）は2件のうち記載なしが2件です。",
    );
  });
  it("classes achievement per year", () => {
    const rows = achievementDistributionSeries(
      [m([year(2020, { achievement: "実施" }), year(2021, { achievement: "９４団体" })])],
      { fiscalYears: [2020, 2021], grades: [] },
    );
    expect(rows.map((r) => r.counts.filter((c) => c.count > 0).map((c) => c.key))).toEqual([
      ["done"],
      ["other"],
    ]);
  });
});

describe("layoutTimeline", () => {
  it("places one equal cell per year, left to right", () => {
    const g = layoutTimeline(gradeTimelineSeries(m([year(2019, { grade: "A" })]), plan));
    expect(g.cells).toHaveLength(3);
    const xs = g.cells.map((c) => c.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(g.cells.map((c) => round(c.width))).size).toBe(1);
    expect(g.cells[0]!.x + g.cells[2]!.width).toBeLessThanOrEqual(g.width);
  });
});

describe("layoutStacked", () => {
  const g = layoutStacked([
    {
      label: "R1",
      counts: [
        { key: "A", label: "A", count: 90 },
        { key: "B", label: "B", count: 3 },
      ],
    },
  ]);
  it("stacks segments end to end within the bar", () => {
    const [a, b] = g.rows[0]!.segments;
    expect(round(a!.x + a!.width)).toBe(round(b!.x));
    expect(round(b!.x + b!.width)).toBe(round(g.labelWidth + 260));
  });
  it("prints thin segments in the summary line instead of inside", () => {
    expect(g.rows[0]!.segments.map((s) => s.inside)).toEqual([true, false]);
    expect(g.rows[0]!.summary).toEqual(["A 90・B 3"]);
  });
});

const indicators: Indicator[] = [
  {
    name: "相談件数",
    values: [
      { kind: "target", fiscalYear: 2019, value: "全員" },
      { kind: "baseline", fiscalYear: 2017, value: "実施" },
      { kind: "plan", fiscalYear: 2018, value: null },
    ],
  },
];

describe("indicator steps", () => {
  it("orders columns baseline → plan → target → total", () => {
    expect(indicatorColumns(indicators).map((c) => c.label)).toEqual([
      "現況 平成29",
      "計画 平成30",
      "目標 令和元",
    ]);
  });
  it("prints 不明 for a cell the source cannot place, and draws a step path", () => {
    const g = layoutIndicatorSteps(indicators);
    expect(g.rows[0]!.cells.map((c) => c.lines.join(""))).toEqual(["実施", "不明", "全員"]);
    expect(g.rows[0]!.path).toMatch(/^M/);
  });
});

describe("indicator steps layout", () => {
  const long: Indicator[] = [
    {
      name: "三原台二丁目用地での多機能型施設の誘致",
      values: [
        { kind: "baseline", fiscalYear: 2023, value: "三原台二丁目用地の取得" },
        { kind: "plan", fiscalYear: 2024, value: "関係機関調整・設計" },
        { kind: "target", fiscalYear: 2026, value: "設計\n工事" },
        { kind: "total", fiscalYear: null, value: null },
      ],
    },
  ];
  it("draws no 計 column when no indicator prints a total", () => {
    const g = layoutIndicatorSteps(long);
    expect(g.columns.map((c) => c.kind)).toEqual(["baseline", "plan", "target"]);
    expect(g.rows[0]!.cells).toHaveLength(3);
  });
  it("keeps the 計 column where a total is printed", () => {
    const printed: Indicator[] = [
      { name: "x", values: [{ kind: "total", fiscalYear: null, value: "開設" }] },
      ...long,
    ];
    expect(layoutIndicatorSteps(printed).columns.map((c) => c.kind)).toContain("total");
  });
  it("wraps long values onto two lines inside their cell, and keeps printed line breaks", () => {
    const g = layoutIndicatorSteps(long);
    const cells = g.rows[0]!.cells;
    expect(cells.map((c) => c.lines)).toEqual([
      ["三原台二丁目用", "地の取得"],
      ["関係機関調整・", "設計"],
      ["設計", "工事"],
    ]);
    for (const c of cells) {
      for (const l of c.lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(c.width - 10);
      expect(c.x + c.width).toBeLessThanOrEqual(g.width);
    }
  });
});

describe("layoutBudgetBars", () => {
  it("draws years as bars scaled from zero and keeps the total aside", () => {
    const g = layoutBudgetBars([
      { fiscalYear: 2018, millionYen: 121 },
      { fiscalYear: 2019, millionYen: 133 },
      { fiscalYear: null, millionYen: 254 },
    ]);
    expect(g.bars).toHaveLength(2);
    expect(g.total).toBe(254);
    expect(g.bars[1]!.height).toBeGreaterThan(g.bars[0]!.height);
    for (const b of g.bars) expect(round(b.y + b.height)).toBe(g.baseline);
  });
});
