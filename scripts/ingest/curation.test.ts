import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/lib/normalize.ts";
import { CurationPatchSchema, type CurationPatch } from "../../src/schemas/curation.ts";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import { applyCuration, CurationError, type CurationContext } from "./curation.ts";

const SOURCE = ["相談", "研修 1回", "", "誤って置かれた文", "続きの文", "・一つ目", "・二つ目"];

function measure(): MeasureInput {
  return {
    id: "nerima/p/1",
    url: "/nerima/p/1/",
    municipality: "nerima",
    plan: "p",
    code: "1",
    title: "相談",
    path: [{ kind: "基本施策", number: "3", title: "区民への啓発と周知" }],
    category: null,
    departments: ["保健予防課"],
    description: null,
    goal: null,
    planPage: null,
    repostOf: null,
    years: [2019, 2020].map((fiscalYear) => ({
      fiscalYear,
      status: "actual" as const,
      result: "実施",
      grade: "A" as const,
      gradesBySection: null,
      achievement: null,
      assessment: fiscalYear === 2019 ? "誤って置かれた文" : null,
      nextPlan: null,
    })),
    indicators: [
      {
        name: "講座の実施",
        values: [{ kind: "plan", fiscalYear: 2020, value: null }],
      },
    ],
    budget: [],
    source: { file: "x.txt", lines: [1, 7] },
    fieldLines: { "years.0.assessment": [4, 4] },
    unknownFields: ["indicators.0.values.0.value"],
    notes: [],
  };
}

function context(baseline: MeasureInput[] | null = null): CurationContext {
  return {
    file: "c.json",
    sourceLines: SOURCE,
    joinCell: (lines) => joinWrappedLines(lines),
    baselineWithout: () => baseline,
  };
}

function patch(entry: Record<string, unknown>): CurationPatch {
  return CurationPatchSchema.parse({ measure: "1", reason: "理由", lines: null, ...entry });
}

function problems(entries: CurationPatch[], baseline: MeasureInput[] | null = null): string[] {
  try {
    applyCuration([measure()], entries, context(baseline));
    return [];
  } catch (error) {
    return [...(error as CurationError).problems];
  }
}

describe("applyCuration", () => {
  it("sets a year cell named by fiscal year and field, with its lines, curated, with its note", () => {
    const m = measure();
    applyCuration(
      [m],
      [patch({ fiscalYear: 2019, field: "assessment", lines: [4, 5], note: "印刷どおり" })],
      context(),
    );
    expect(m.years[0]?.assessment).toBe("誤って置かれた文続きの文");
    expect(m.fieldLines?.["years.0.assessment"]).toEqual([4, 5]);
    expect(m.curatedFields).toEqual(["years.0.assessment"]);
    expect(m.notes).toEqual(["印刷どおり"]);
  });

  it("fills an omitted value from the cited lines, keeping list items on their own lines", () => {
    const m = measure();
    applyCuration([m], [patch({ fiscalYear: 2020, field: "result", lines: [6, 7] })], context());
    expect(m.years[1]?.result).toBe("・一つ目\n・二つ目");
  });

  it("sets an indicator cell named by row, kind and year", () => {
    const m = measure();
    applyCuration(
      [m],
      [
        patch({
          indicator: "講座の実施",
          kind: "plan",
          fiscalYear: 2020,
          value: "研修",
          lines: [2, 2],
        }),
      ],
      context(),
    );
    expect(m.indicators[0]?.values[0]?.value).toBe("研修");
    expect(m.unknownFields).toEqual([]);
  });

  it("records an unknown cell without the lines the parser had cited for it", () => {
    const m = measure();
    applyCuration(
      [m],
      [patch({ fiscalYear: 2019, field: "assessment", value: null, unknown: true, note: "不明" })],
      context(),
    );
    expect(m.years[0]?.assessment).toBeNull();
    expect(m.fieldLines).toEqual({});
    expect(m.unknownFields).toEqual(["indicators.0.values.0.value", "years.0.assessment"]);
  });

  it("names an entry for a measure that does not exist", () => {
    expect(problems([patch({ measure: "9", field: "title", value: "x", lines: [1, 1] })])).toEqual([
      "c.json: patches[0] (measure 9, title): no measure with code 9",
    ]);
  });

  it("names a fiscal year outside the plan", () => {
    expect(problems([patch({ fiscalYear: 2031, field: "result", lines: [2, 2] })])).toEqual([
      "c.json: patches[0] (measure 1, FY2031 result): fiscal year 2031 is not in the plan (2019, 2020)",
    ]);
  });

  it("refuses a cell the parser never emits, unless marked override", () => {
    const entry = { fiscalYear: 2019, field: "nextPlan", value: "継続", lines: [2, 2] };
    expect(problems([patch(entry)])).toEqual([
      "c.json: patches[0] (measure 1, FY2019 nextPlan): the parser emits no nextPlan cell for FY2019 (set override: true and say why in reason)",
    ]);
    expect(problems([patch({ ...entry, override: true })])).toEqual([]);
  });

  it("names an indicator row that does not exist", () => {
    expect(
      problems([
        patch({ indicator: "講座", kind: "plan", fiscalYear: 2020, value: "x", lines: [2, 2] }),
      ]),
    ).toEqual([
      'c.json: patches[0] (measure 1, indicator "講座" plan FY2020): no indicator named "講座" (the measure has "講座の実施")',
    ]);
  });

  it("reports an entry whose value the parser now produces by itself", () => {
    const parsed = measure();
    expect(
      problems(
        [patch({ fiscalYear: 2019, field: "result", value: "実施", lines: [1, 2] })],
        [parsed],
      ),
    ).toEqual([
      'c.json: patches[0] (measure 1, FY2019 result): redundant: the parser now produces "実施" by itself; delete it',
    ]);
  });

  it("does not call an entry redundant when the parser left that cell unknown", () => {
    const parsed = measure();
    parsed.unknownFields = ["years.0.result"];
    expect(
      problems(
        [patch({ fiscalYear: 2019, field: "result", value: "実施", lines: [1, 2] })],
        [parsed],
      ),
    ).toEqual([]);
  });

  it("asks to omit a value that is exactly its cited lines joined", () => {
    expect(
      problems([
        patch({ fiscalYear: 2019, field: "assessment", value: "続きの文", lines: [5, 5] }),
      ]),
    ).toEqual([
      "c.json: patches[0] (measure 1, FY2019 assessment): value is exactly the cited lines joined: omit value",
    ]);
  });

  it("lists every broken entry, one line each", () => {
    expect(
      problems([
        patch({ measure: "9", field: "title", value: "x", lines: [1, 1] }),
        patch({ fiscalYear: 2031, field: "result", lines: [2, 2] }),
      ]),
    ).toHaveLength(2);
  });
});

describe("CurationPatchSchema", () => {
  const issues = (entry: Record<string, unknown>): string[] => {
    const r = CurationPatchSchema.safeParse({
      measure: "1",
      reason: "理由",
      lines: [1, 1],
      ...entry,
    });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  };

  it("rejects an unknown key, such as the old array-index path", () => {
    expect(issues({ path: "years.0.result", value: "x" })).toContain(': Unrecognized key: "path"');
  });

  it("rejects a misspelt field", () => {
    expect(issues({ fiscalYear: 2019, field: "resutl" })[0]).toMatch(/^field: Invalid option/);
  });

  it("needs a fiscal year for a year field and none for a measure field", () => {
    expect(issues({ field: "result" })).toEqual([": the year field result needs fiscalYear"]);
    expect(issues({ field: "goal", fiscalYear: 2019 })).toEqual([
      ": the measure field goal takes no fiscalYear or kind",
    ]);
  });

  it("refuses an unknown cell with a value", () => {
    expect(issues({ field: "title", value: "相談", unknown: true })).toEqual([
      ": an unknown cell must have the value null",
    ]);
  });
});
