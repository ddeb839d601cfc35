import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildMeasure, readRecords, type SourceContext } from "./build-measure.ts";
import type { CuratedRecord } from "./curated-record.ts";
import { findPageCopies } from "./dedupe-pages.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const lines = read("data/sources/001_c1b66bdeafbb3a2a.txt").split("\n");
const ctx: SourceContext = {
  file: "001_c1b66bdeafbb3a2a.txt",
  municipality: "nerima",
  planId: "strategic-2024",
  lines,
  copies: findPageCopies(lines),
  commonNotes: ["共通の注記"],
};
const records = readRecords(
  (JSON.parse(read("data/curation/001_c1b66bdeafbb3a2a.json")) as { records: unknown[] }).records,
  "001.json",
);
const byCode = (code: string): CuratedRecord => {
  const record = records.find((r) => r.code === code);
  if (!record) throw new Error(code);
  return structuredClone(record);
};

describe("buildMeasure", () => {
  it("builds 8-1 with fieldLines for every value and the common note last", () => {
    const m = buildMeasure(ctx, byCode("8-1"));
    expect(m.id).toBe("nerima/strategic-2024/8-1");
    expect(m.url).toBe("/nerima/strategic-2024/8-1/");
    expect(m.fieldLines?.["indicators.0.values.0.value"]).toEqual([1017, 1017]);
    expect(m.fieldLines?.["path.1.title"]).toEqual([1049, 1049]);
    expect(m.source.lines).toEqual([1006, 1053]);
    expect(m.notes.at(-1)).toBe("共通の注記");
  });

  it("refuses a cell whose text is not on its lines", () => {
    const record = byCode("8-1");
    const cell = record.indicators[0]?.values[0];
    if (!cell) throw new Error("no cell");
    cell.value = "充実";
    expect(() => buildMeasure(ctx, record)).toThrow(/"充実" is not printed on lines 1017-1017/);
  });

  it("refuses a value cited from a duplicated page copy (7-1's copy 157–208)", () => {
    const record = byCode("7-1");
    const cell = record.indicators[0]?.values[4];
    if (!cell) throw new Error("no cell");
    cell.lines = [162, 162];
    expect(() => buildMeasure(ctx, record)).toThrow(/duplicated page copy/);
  });

  it("refuses a record whose № line decodes to another code", () => {
    expect(() => buildMeasure(ctx, { ...byCode("8-1"), numberLine: 1129 })).toThrow(
      /decodes to 8-2/,
    );
  });

  it("refuses 9-2 without numberMissing: its № line decodes to 9-", () => {
    expect(() => buildMeasure(ctx, { ...byCode("9-2"), numberMissing: false })).toThrow(
      /decodes to 9-$/,
    );
  });

  it("refuses departments that differ from the printed line", () => {
    const record = byCode("8-1");
    record.departments.names = ["管理課"];
    expect(() => buildMeasure(ctx, record)).toThrow(/lines 1053-1053 read/);
  });

  it("refuses a starred flag the heading does not print", () => {
    expect(() => buildMeasure(ctx, { ...byCode("8-4"), starred: false })).toThrow(/★ on line 1201/);
  });

  it("refuses a heading title that differs from the print", () => {
    const record = byCode("8-1");
    const step = record.path[2];
    if (!step) throw new Error("no step");
    step.title = "ひとり親家庭自立応援プロジェクト";
    expect(() => buildMeasure(ctx, record)).toThrow(/path\.2/);
  });
});
