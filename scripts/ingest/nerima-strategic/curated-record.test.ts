import { describe, expect, it } from "vitest";
import { CuratedCellSchema, CuratedRecordSchema, CuratedRowSchema } from "./curated-record.ts";

const placed = { kind: "plan", fiscalYear: 2024, value: "実施", lines: [1017, 1017] };
const unknown = { kind: "plan", fiscalYear: 2025, value: null, lines: null };
const name = { text: "離婚前後親支援講座の実施", lines: [1014, 1015] };

describe("CuratedCellSchema", () => {
  it("accepts a placed cell and an unknown cell", () => {
    expect(CuratedCellSchema.safeParse(placed).success).toBe(true);
    expect(CuratedCellSchema.safeParse(unknown).success).toBe(true);
  });

  it("rejects a value without lines and lines without a value", () => {
    expect(CuratedCellSchema.safeParse({ ...placed, lines: null }).success).toBe(false);
    expect(CuratedCellSchema.safeParse({ ...unknown, lines: [1, 1] }).success).toBe(false);
  });

  it("rejects a line range that runs backwards", () => {
    expect(CuratedCellSchema.safeParse({ ...placed, lines: [20, 10] }).success).toBe(false);
  });
});

describe("CuratedRowSchema", () => {
  it("rejects a row with an unknown cell and no note", () => {
    expect(CuratedRowSchema.safeParse({ name, values: [placed, unknown] }).success).toBe(false);
  });

  it("accepts it with a note", () => {
    expect(
      CuratedRowSchema.safeParse({ name, values: [placed, unknown], note: "理由" }).success,
    ).toBe(true);
  });
});

describe("CuratedRecordSchema", () => {
  const record = {
    code: "8-1",
    numberLine: 1019,
    path: [
      {
        kind: "見出し",
        number: "1",
        title: "ひとり親家庭自立応援プロジェクトの充実",
        numberLine: 1040,
        titleLine: 1040,
      },
    ],
    starred: false,
    departments: { division: "福祉部", names: ["生活福祉課"], lines: [1053, 1053] },
    description: null,
    indicators: [{ name, values: [placed] }],
    budget: [],
    repostOfCode: null,
    repostOf: null,
    notes: [],
  };

  it("needs at least two path steps (plan and heading)", () => {
    expect(CuratedRecordSchema.safeParse(record).success).toBe(false);
    const twoSteps = {
      ...record,
      path: [{ ...record.path[0], kind: "戦略計画", number: "8" }, ...record.path],
    };
    expect(CuratedRecordSchema.safeParse(twoSteps).success).toBe(true);
  });

  it("keys codes half-width: `７-１` is rejected", () => {
    const twoSteps = { ...record, path: [record.path[0], record.path[0]], code: "８-１" };
    expect(CuratedRecordSchema.safeParse(twoSteps).success).toBe(false);
  });
});
