import { beforeAll, describe, expect, it } from "vitest";
import type { Measure } from "../../schemas/measure.ts";
import { buildTables, sliceTables, type Tables } from "./build.ts";
import { TABLE_NAMES } from "./definitions.ts";
import {
  listMeasureTableFiles,
  listPlanTableFiles,
  measureTableNames,
  tableFilePath,
} from "./files.ts";
import { readTableInput } from "./read-input.ts";

let tables: Tables;
let measures: readonly Measure[];
beforeAll(async () => {
  const input = await readTableInput("data");
  measures = input.measures;
  tables = buildTables(input);
});

describe("tableFilePath", () => {
  it("places whole, per-plan and per-measure tables under /data/tables/", () => {
    expect(tableFilePath("measures", "csv")).toBe("/data/tables/measures.csv");
    expect(
      tableFilePath("year_records", "json", {
        municipality: "nerima",
        plan: "suicide-prevention-1",
      }),
    ).toBe("/data/tables/nerima/suicide-prevention-1/year_records.json");
    expect(
      tableFilePath("budgets", "csv", {
        municipality: "nerima",
        plan: "strategic-2018",
        code: "1-1",
      }),
    ).toBe("/data/tables/nerima/strategic-2018/1-1/budgets.csv");
  });
});

describe("listPlanTableFiles", () => {
  it("publishes every table for every plan, and together they hold every row once", () => {
    const files = listPlanTableFiles(tables);
    expect(files).toHaveLength(tables.plans.length * TABLE_NAMES.length);
    for (const table of TABLE_NAMES.filter((t) => t !== "plans")) {
      const rows = files
        .filter((f) => f.params.table === table)
        .flatMap((f): readonly unknown[] => f.rows);
      expect(rows).toHaveLength(tables[table].length);
    }
  });
});

describe("listPlanTableFiles, per plan", () => {
  it("gives each plan exactly the rows of its own slice of every table", () => {
    const files = listPlanTableFiles(tables);
    for (const p of tables.plans) {
      const slice = sliceTables(tables, { planId: p.plan_id });
      for (const table of TABLE_NAMES) {
        const file = files.find(
          (f) =>
            f.params.municipality === p.municipality &&
            f.params.plan === p.plan &&
            f.params.table === table,
        );
        expect(file?.rows).toEqual(slice[table]);
      }
    }
  });
});

describe("listMeasureTableFiles", () => {
  it("gives each measure exactly the rows of its own slice of every table", () => {
    const files = listMeasureTableFiles(tables);
    for (const m of tables.measures) {
      const slice = sliceTables(tables, { measureId: m.measure_id });
      const own = files.filter(
        (f) => `${f.params.municipality}/${f.params.plan}/${f.params.code}` === m.measure_id,
      );
      for (const f of own) expect(f.rows).toEqual(slice[f.params.table]);
      expect(own.map((f) => f.params.table)).toEqual(
        TABLE_NAMES.filter((t) => slice[t].length > 0),
      );
    }
  });
});

describe("measureTableNames", () => {
  it("names exactly the tables the per-measure endpoints publish for that measure", () => {
    const published = new Map<string, string[]>();
    for (const f of listMeasureTableFiles(tables)) {
      const id = `${f.params.municipality}/${f.params.plan}/${f.params.code}`;
      published.set(id, [...(published.get(id) ?? []), f.params.table]);
    }
    for (const m of measures) expect(measureTableNames(m)).toEqual(published.get(m.id));
  });
});
