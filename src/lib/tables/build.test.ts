import { beforeAll, describe, expect, it } from "vitest";
import { buildTables, sliceTables, type Tables } from "./build.ts";
import { TABLE_NAMES } from "./definitions.ts";
import { readTableInput } from "./read-input.ts";

let tables: Tables;
beforeAll(async () => {
  tables = buildTables(await readTableInput("data"));
});

const measureRow = (id: string) => tables.measures.find((m) => m.measure_id === id);

describe("buildTables", () => {
  it("carries the 全国地方公共団体コード, prefecture and name on every row of every table", () => {
    const codes: Record<string, string> = {
      練馬区: "131202",
      小金井市: "132101",
      あきる野市: "132284",
    };
    for (const name of TABLE_NAMES) {
      for (const row of tables[name]) {
        expect(row.prefecture).toBe("東京都");
        expect(row.municipality_code).toBe(codes[row.municipality_name]);
      }
    }
  });

  it("stops on a 全国地方公共団体コード whose check digit is wrong", async () => {
    const input = await readTableInput("data");
    const municipalities = input.municipalities.map((m) =>
      m.id === "koganei" ? { ...m, code: "132102" } : m,
    );
    expect(() => buildTables({ ...input, municipalities })).toThrow(
      'tables: data/municipalities.json: koganei code "132102" is not a 6-digit 全国地方公共団体コード with a valid check digit',
    );
  });

  it("keeps Nerima's printed sub-letter in printed_code and marks Akiruno's codes as site-assigned", () => {
    expect(measureRow("nerima/suicide-prevention-1/41")).toMatchObject({
      code: "41",
      printed_code: "41ウ",
      site_code: null,
      sub_letter: "ウ",
    });
    expect(measureRow("akiruno/suicide-prevention/j2-1")).toMatchObject({
      printed_code: null,
      site_code: "j2-1",
    });
    expect(measureRow("koganei/suicide-prevention/4-3-13")?.printed_code).toBe("4-3-13");
  });

  it("gives every year record an integer fiscal year, and strategic plans no year rows", () => {
    expect(tables.year_records.every((r) => Number.isInteger(r.fiscal_year))).toBe(true);
    const strategic = new Set(
      tables.measures
        .filter((m) => m.plan_id.startsWith("nerima/strategic"))
        .map((m) => m.measure_id),
    );
    expect(strategic.size).toBe(37);
    expect(tables.year_records.filter((r) => strategic.has(r.measure_id))).toEqual([]);
    // Each of them has its yearly content as indicator values instead.
    const withIndicators = new Set(tables.indicators.map((r) => r.measure_id));
    expect([...strategic].filter((id) => !withIndicators.has(id))).toEqual([]);
  });

  it("splits a compound grade cell into one row per section and leaves the single grade empty", () => {
    const y2019 = tables.year_records.find(
      (r) => r.measure_id === "nerima/suicide-prevention-1/41" && r.fiscal_year === 2019,
    );
    expect(y2019).toMatchObject({ grade: null, grades_by_section: true });
    expect(
      tables.grades_by_section
        .filter((r) => r.measure_id === "nerima/suicide-prevention-1/41" && r.fiscal_year === 2019)
        .map((r) => [r.section, r.grade]),
    ).toEqual([
      ["広聴広報課", "A"],
      ["保健相談所", "B"],
    ]);
    const y2021 = tables.year_records.find(
      (r) => r.measure_id === "nerima/suicide-prevention-1/41" && r.fiscal_year === 2021,
    );
    expect(y2021).toMatchObject({ grade: "A", grades_by_section: false });
  });

  it("publishes the strategic plans' budgets in 百万円 with the printed total as kind total", () => {
    expect(
      tables.budgets
        .filter((r) => r.measure_id === "nerima/strategic-2018/1-1")
        .map((r) => [r.kind, r.fiscal_year, r.million_yen]),
    ).toEqual([
      ["fiscal_year", 2018, 121],
      ["fiscal_year", 2019, 133],
      ["total", null, 254],
    ]);
  });

  it("has one indicator row per printed value, unknown cells flagged and empty", () => {
    expect(new Set(tables.indicators.map((r) => `${r.measure_id}#${r.indicator_no}`)).size).toBe(
      93,
    );
    const unknown = tables.indicators.filter((r) => r.value_unknown);
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((r) => r.value === null)).toBe(true);
  });

  it("flags unknown year cells instead of leaving them as plain empty cells", () => {
    const flagged = tables.year_records.filter(
      (r) => r.result_unknown || r.assessment_unknown || r.next_plan_unknown,
    );
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      if (r.result_unknown) expect(r.result).toBeNull();
      if (r.assessment_unknown) expect(r.assessment).toBeNull();
    }
  });

  it("counts each plan's measures", () => {
    for (const p of tables.plans)
      expect(p.measure_count).toBe(tables.measures.filter((m) => m.plan_id === p.plan_id).length);
  });
});

describe("sliceTables", () => {
  it("keeps one plan's rows and its plan row", () => {
    const slice = sliceTables(tables, { planId: "nerima/strategic-2018" });
    expect(slice.plans.map((p) => p.plan_id)).toEqual(["nerima/strategic-2018"]);
    expect(slice.measures).toHaveLength(3);
    expect(slice.budgets).toHaveLength(9);
    expect(slice.year_records).toEqual([]);
  });

  it("keeps one measure's rows with its plan row", () => {
    const slice = sliceTables(tables, { measureId: "nerima/suicide-prevention-1/41" });
    expect(slice.plans.map((p) => p.plan_id)).toEqual(["nerima/suicide-prevention-1"]);
    expect(slice.measures).toHaveLength(1);
    expect(slice.year_records).toHaveLength(5);
    expect(slice.grades_by_section).toHaveLength(4);
  });
});
