import { describe, expect, it } from "vitest";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import { applyPatches, sectionKeys } from "./pipeline.ts";

function measure(): MeasureInput {
  return {
    id: "nerima/p/1",
    url: "/nerima/p/1/",
    municipality: "nerima",
    plan: "p",
    code: "1",
    title: "相談",
    path: [
      { kind: "基本施策", number: "3", title: "区民への啓発と周知" },
      { kind: "見出し", number: "④", title: "相談支援体制の強化" },
    ],
    category: null,
    departments: ["保健予防課"],
    description: null,
    goal: null,
    planPage: null,
    repostOf: null,
    years: [
      {
        fiscalYear: 2019,
        status: "actual",
        result: "実施",
        grade: "A",
        gradesBySection: null,
        achievement: null,
        assessment: "誤って置かれた文",
        nextPlan: null,
      },
    ],
    indicators: [],
    budget: [],
    source: { file: "x.txt", lines: [1, 20] },
    fieldLines: { "years.0.assessment": [5, 6] },
    notes: [],
  };
}

describe("applyPatches", () => {
  it("sets the value, its lines, marks it curated and adds its note", () => {
    const m = measure();
    applyPatches(
      [m],
      [
        {
          measure: "1",
          path: "years.0.result",
          value: "研修 1回",
          lines: [3, 4],
          reason: "空白を含む",
          note: "印刷どおり",
        },
      ],
      "c.json",
    );
    expect(m.years[0]?.result).toBe("研修 1回");
    expect(m.fieldLines?.["years.0.result"]).toEqual([3, 4]);
    expect(m.curatedFields).toEqual(["years.0.result"]);
    expect(m.notes).toEqual(["印刷どおり"]);
  });

  it("records an unknown cell without the lines the parser had cited for it", () => {
    const m = measure();
    applyPatches(
      [m],
      [{ measure: "1", path: "years.0.assessment", value: null, lines: null, reason: "空欄" }],
      "c.json",
    );
    expect(m.years[0]?.assessment).toBeNull();
    expect(m.fieldLines).toEqual({});
  });

  it("lists a cell recorded as unknown, and refuses an unknown cell with a value", () => {
    const m = measure();
    applyPatches(
      [m],
      [
        {
          measure: "1",
          path: "years.0.assessment",
          value: null,
          lines: null,
          reason: "境界が不明",
          unknown: true,
          note: "不明",
        },
      ],
      "c.json",
    );
    expect(m.unknownFields).toEqual(["years.0.assessment"]);
    expect(() =>
      applyPatches(
        [measure()],
        [{ measure: "1", path: "title", value: "相談", lines: [1, 1], reason: "x", unknown: true }],
        "c.json",
      ),
    ).toThrow("an unknown cell must have the value null");
  });

  it("refuses a value without source lines", () => {
    expect(() =>
      applyPatches(
        [measure()],
        [{ measure: "1", path: "title", value: "相談", lines: null, reason: "x" }],
        "c.json",
      ),
    ).toThrow("c.json: patches[0] (measure 1, title): a value needs source lines");
  });

  it("names a patch for a measure that does not exist", () => {
    expect(() =>
      applyPatches(
        [measure()],
        [{ measure: "9", path: "title", value: "x", lines: [1, 1], reason: "x" }],
        "c.json",
      ),
    ).toThrow("c.json: patches[0] (measure 9, title): no measure with code 9");
  });

  it("names a path past the end of a list", () => {
    expect(() =>
      applyPatches(
        [measure()],
        [{ measure: "1", path: "years.3.result", value: "x", lines: [1, 1], reason: "x" }],
        "c.json",
      ),
    ).toThrow(/years\.3\.result/);
  });
});

describe("sectionKeys", () => {
  it("gives the sub-section key before the section key", () => {
    expect(sectionKeys(measure())).toEqual(["基本施策/3/④", "基本施策/3"]);
  });
});
