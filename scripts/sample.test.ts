import { describe, expect, it } from "vitest";
import { MeasureSchema, type Measure } from "../src/schemas/measure.ts";
import { formatMeasure, mulberry32, parseArgs, pickSample, sampleFields } from "./sample.ts";

const SOURCE = ["（１）見出し", "１　取組 P.32", "健康課", "実施状況の", "文。", "", "実施"];
const MEASURE: Measure = MeasureSchema.parse({
  id: "koganei/suicide-prevention/1-1-1",
  url: "/koganei/suicide-prevention/1-1-1/",
  municipality: "koganei",
  plan: "suicide-prevention",
  code: "1-1-1",
  title: "取組",
  path: [{ kind: "見出し", number: "1", title: "見出し" }],
  category: null,
  departments: ["健康課"],
  description: null,
  goal: null,
  planPage: "P.32",
  repostOf: null,
  years: [
    {
      fiscalYear: 2020,
      status: "actual",
      result: "実施状況の文。",
      grade: null,
      gradesBySection: null,
      achievement: "実施",
      assessment: null,
      nextPlan: null,
    },
  ],
  indicators: [],
  budget: [],
  source: { file: "002_x.txt", lines: [1, 7] },
  fieldLines: { title: [2, 2], "years.0.result": [4, 5], "years.0.achievement": [7, 7] },
  curatedFields: ["years.0.achievement"],
  notes: ["注記"],
});

describe("mulberry32 / pickSample", () => {
  it("gives the same picks for the same seed and different ones for another", () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(pickSample(items, 5, 1)).toEqual(pickSample(items, 5, 1));
    expect(pickSample(items, 5, 1)).not.toEqual(pickSample(items, 5, 2));
  });
  it("returns n distinct items in their original order, at most all of them", () => {
    const picked = pickSample([..."abcdefghij"], 4, 7);
    expect(new Set(picked).size).toBe(4);
    expect(picked).toEqual([...picked].sort());
    expect(pickSample([1, 2, 3], 10, 1)).toEqual([1, 2, 3]);
  });
  it("draws numbers in [0, 1)", () => {
    const r = mulberry32(42);
    for (let i = 0; i < 1000; i++) expect(r()).toBeGreaterThanOrEqual(0);
    expect(mulberry32(42)()).toBeLessThan(1);
  });
});

describe("sampleFields", () => {
  it("cites a field's own lines, else the measure's, and marks curated fields", () => {
    const byPath = new Map(sampleFields(MEASURE).map((f) => [f.path, f]));
    expect(byPath.get("title")?.lines).toEqual([2, 2]);
    expect(byPath.get("departments.0")?.lines).toEqual([1, 7]);
    expect(byPath.get("years.0.achievement")).toEqual({
      path: "years.0.achievement",
      value: "実施",
      lines: [7, 7],
      curated: true,
    });
    expect(byPath.get("years.0.nextPlan")).toMatchObject({ value: null, lines: null });
  });
});

describe("formatMeasure", () => {
  const text = formatMeasure(MEASURE, SOURCE, { maxLines: 3 });
  it("prints each value next to its numbered raw source lines", () => {
    expect(text).toContain(
      "  years.0.result (2020 actual):\n      実施状況の文。\n      ⟵ lines 4–5\n      4 │ 実施状況の\n      5 │ 文。",
    );
    expect(text).toContain("  years.0.achievement (2020 actual) [curated]:");
  });
  it("cuts a long range and lists null fields and notes on one line each", () => {
    expect(text).toContain(
      "  path.0.title (見出し 1):\n      見出し\n      ⟵ lines 1–7\n      1 │ （１）見出し",
    );
    expect(text).toContain("  departments.0:\n      健康課\n      ⟵ lines 1–7 (shown above)");
    expect(text).toContain("│ … 4 more lines");
    expect(text).toContain(
      "  null: division, subLetter, description, goal, years.0.assessment, years.0.nextPlan, years.0.grade",
    );
    expect(text).toContain("  note: 注記");
  });
});

describe("parseArgs", () => {
  it("reads target, count and seed with defaults", () => {
    expect(parseArgs(["koganei"])).toEqual({ target: "koganei", count: 5, seed: 1 });
    expect(parseArgs(["003_914f02806d01f868.txt", "3", "--seed", "9"])).toEqual({
      target: "003_914f02806d01f868.txt",
      count: 3,
      seed: 9,
    });
    expect(parseArgs(["--seed", "4", "akiruno", "2"])).toEqual({
      target: "akiruno",
      count: 2,
      seed: 4,
    });
  });
  it("refuses a missing target or a bad number", () => {
    expect(() => parseArgs([])).toThrow(/usage/u);
    expect(() => parseArgs(["koganei", "x"])).toThrow(/positive integer/u);
    expect(() => parseArgs(["koganei", "--seed", "x"])).toThrow(/integer/u);
  });
});
