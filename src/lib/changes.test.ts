import { describe, expect, it } from "vitest";
import { buildYearSteps, changeScaleOf, reportYears } from "./changes.ts";
import { measureWithYears, yearRecord as year } from "../../tests/fixtures/records.ts";

const legend = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり", printed: "A" },
  { grade: "B", meaning: "遅れや修正が生じた", printed: "B" },
];
const m = (id: string, years: ReturnType<typeof year>[]) =>
  measureWithYears(years, { id } as never);

describe("reportYears", () => {
  it("lists reported years in order, leaving planned years out", () => {
    const a = m("a", [year(2020), year(2019), year(2024, { status: "planned" })]);
    expect(reportYears([a, m("b", [year(2021)])])).toEqual([2019, 2020, 2021]);
  });
});

describe("changeScaleOf", () => {
  it("is grade with a legend, achievement with 達成度, else null", () => {
    expect(changeScaleOf(legend, [])).toBe("grade");
    expect(changeScaleOf([], [m("a", [year(2020, { achievement: "実施" })])])).toBe("achievement");
    expect(changeScaleOf([], [m("a", [year(2025, { status: "interim" })])])).toBeNull();
  });
});

describe("buildYearSteps with grades", () => {
  const measures = [
    m("up", [year(2019, { grade: "B" }), year(2020, { grade: "A" })]),
    m("down", [year(2019, { grade: "A+" }), year(2020, { grade: "B" })]),
    m("same", [year(2019, { grade: "A" }), year(2020, { grade: "A" })]),
    m("gap", [year(2019, { grade: "A" }), year(2020)]),
    m("late", [year(2020, { grade: "A" })]),
    m("sections", [
      year(2019, {
        gradesBySection: [
          { department: "x課", grade: "A" },
          { department: "y課", grade: "B" },
        ],
      }),
      year(2020, {
        gradesBySection: [
          { department: "x課", grade: "A" },
          { department: "y課", grade: "A" },
        ],
      }),
    ]),
  ];
  const [step] = buildYearSteps(measures, "grade", legend);

  it("finds every grade that went up or down, printed as the legend prints it", () => {
    expect(step?.up.map((c) => [c.measure.id, c.department, c.from, c.to])).toEqual([
      ["up", null, "B", "A"],
      ["sections", "y課", "B", "A"],
    ]);
    expect(step?.down.map((c) => [c.measure.id, c.from, c.to])).toEqual([["down", "A＋", "B"]]);
    expect(step?.unchanged).toBe(1);
  });
  it("lists what it could not compare, with the year that lacks a grade or a record", () => {
    expect(step?.notCompared.map((n) => [n.measure.id, n.reason, n.fiscalYear])).toEqual([
      ["gap", "no-status", 2020],
      ["late", "no-record", 2019],
    ]);
  });
  it("makes one step per pair of consecutive years", () => {
    const three = [
      m("a", [year(2019, { grade: "A" }), year(2020, { grade: "A" }), year(2021, { grade: "B" })]),
    ];
    expect(
      buildYearSteps(three, "grade", legend).map((s) => [s.from, s.to, s.down.length]),
    ).toEqual([
      [2019, 2020, 0],
      [2020, 2021, 1],
    ]);
  });
});

describe("buildYearSteps with 達成度", () => {
  it("reports every printed change, ignoring width and spaces only", () => {
    const measures = [
      m("c", [year(2020, { achievement: "未実施" }), year(2021, { achievement: "1回実施" })]),
      m("s", [year(2020, { achievement: "１件" }), year(2021, { achievement: "1件" })]),
      m("n", [year(2020, { achievement: "実施" }), year(2021)]),
    ];
    const [step] = buildYearSteps(measures, "achievement", []);
    expect(step?.changed.map((c) => [c.measure.id, c.from, c.to])).toEqual([
      ["c", "未実施", "1回実施"],
    ]);
    expect(step?.unchanged).toBe(1);
    expect(step?.notCompared.map((n) => n.measure.id)).toEqual(["n"]);
  });
});
