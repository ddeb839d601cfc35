import { describe, expect, it } from "vitest";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import { sectionKeys } from "./pipeline.ts";

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

describe("sectionKeys", () => {
  it("gives the sub-section key before the section key", () => {
    expect(sectionKeys(measure())).toEqual(["基本施策/3/④", "基本施策/3"]);
  });
});
