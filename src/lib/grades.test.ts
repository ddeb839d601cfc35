import { describe, expect, it } from "vitest";
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { countGradesByYear, gradeMeaning, printedGrade, readGradeCell } from "./grades.ts";
import { measureWithYears, yearRecord } from "../../tests/fixtures/records.ts";

const legend = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり" },
  { grade: "B", meaning: "遅れや修正が生じた" },
];
const year = yearRecord;
const m = (years: YearRecord[]): Measure => measureWithYears(years);

describe("readGradeCell", () => {
  it.each([
    [undefined, "missing"],
    [year(2019), "none"],
    [year(2019, { grade: "A" }), "grade"],
    [
      year(2019, {
        gradesBySection: [
          { department: "a", grade: "A" },
          { department: "b", grade: "B" },
        ],
      }),
      "sections",
    ],
  ])("%o → %s", (y, kind) => expect(readGradeCell(y).kind).toBe(kind));
});

describe("printedGrade / gradeMeaning", () => {
  it("reads the legend as printed", () => {
    expect(printedGrade(legend, "A+")).toBe("A＋");
    expect(printedGrade(legend, "B")).toBe("B");
    expect(gradeMeaning(legend, "A")).toBe("概ね計画どおり");
    expect(gradeMeaning([], "A")).toBeNull();
  });
});

describe("countGradesByYear", () => {
  it("counts each measure once per year, in legend order", () => {
    const measures = [
      m([year(2019, { grade: "A" }), year(2020, { grade: "B" })]),
      m([year(2019, { grade: "A+" })]),
      m([year(2019), year(2020, { grade: "B" })]),
    ];
    const [y2019, y2020] = countGradesByYear(measures, [2019, 2020], legend);
    expect(y2019?.counts).toEqual([
      { key: "A+", count: 1 },
      { key: "A", count: 1 },
      { key: "B", count: 0 },
      { key: "sections", count: 0 },
      { key: "none", count: 1 },
      { key: "missing", count: 0 },
    ]);
    expect(y2020?.counts.find((c) => c.key === "missing")?.count).toBe(1);
    expect(y2020?.counts.find((c) => c.key === "B")?.count).toBe(2);
    expect(y2020?.total).toBe(3);
  });
});
