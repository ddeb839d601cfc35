import { describe, expect, it } from "vitest";
import { buildTableSchema } from "./table-schema.ts";
import { castCell, checkForeignKeys, validateRows, type Row } from "./validate.ts";

const budgets = buildTableSchema("budgets");
const field = (name: string) => budgets.fields.find((f) => f.name === name)!;
const good: Row = {
  municipality_code: "131202",
  prefecture: "東京都",
  municipality_name: "練馬区",
  measure_id: "nerima/strategic-2018/1-1",
  budget_no: 1,
  kind: "fiscal_year",
  fiscal_year: 2018,
  million_yen: 121,
};

describe("castCell", () => {
  it("reads cells by their field type, an empty cell as null", () => {
    expect(castCell(field("fiscal_year"), "2018")).toBe(2018);
    expect(castCell(field("fiscal_year"), "")).toBeNull();
    expect(castCell(field("million_yen"), "12.5")).toBe(12.5);
    expect(castCell(field("measure_id"), "x")).toBe("x");
  });
  it("rejects a cell that is not of its type", () => {
    expect(() => castCell(field("fiscal_year"), "2018.0")).toThrow(
      /fiscal_year: "2018.0" is not a integer/,
    );
  });
});

describe("validateRows", () => {
  it("accepts a valid row", () => {
    expect(validateRows("budgets", budgets, [good])).toEqual([]);
  });
  it.each([
    [{ municipality_code: "13120" }, 'municipality_code "13120" does not match \\d{6}'],
    [{ kind: "sum" }, 'kind "sum" is not one of fiscal_year, total'],
    [{ fiscal_year: 2018.5 }, "fiscal_year is not a integer: 2018.5"],
    [{ measure_id: null }, "measure_id is required but empty"],
    [{ million_yen: "121" }, 'million_yen is not a number: "121"'],
    [{ million_yen: -1 }, "million_yen -1 < 0"],
  ])("reports %j", (change, message) => {
    expect(validateRows("budgets", budgets, [{ ...good, ...change }])).toEqual([
      `budgets row 1: ${message}`,
    ]);
  });
  it("reports a repeated primary key and a missing column", () => {
    const { million_yen: _dropped, ...short } = good;
    const errors = validateRows("budgets", budgets, [good, good, short]);
    expect(errors).toContain('budgets row 2: primary key ["nerima/strategic-2018/1-1",1] repeats');
    expect(errors.some((e) => e.startsWith("budgets row 3: columns ["))).toBe(true);
  });
});

describe("checkForeignKeys", () => {
  it("reports a row whose measure is not in the measures table", () => {
    const errors = checkForeignKeys(
      { budgets: [good], measures: [{ measure_id: "nerima/strategic-2018/1-2" }] },
      { budgets },
    );
    expect(errors).toEqual([
      'budgets row 1: measure_id ["nerima/strategic-2018/1-1"] has no row in measures',
    ]);
  });
  it("ignores a key with an empty cell", () => {
    const measures = buildTableSchema("measures");
    expect(
      checkForeignKeys(
        {
          measures: [{ measure_id: "a/b/1", plan_id: "a/b", repost_of: null }],
          plans: [{ plan_id: "a/b" }],
        },
        { measures },
      ),
    ).toEqual([]);
  });
});
