import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import { measuresToCsv } from "./csv.ts";

const m = {
  id: "nerima/p/12",
  url: "/nerima/p/12/",
  municipality: "nerima",
  plan: "p",
  code: "12",
  title: '講座, "研修"',
  path: [{ kind: "基本施策", number: "2", title: "人材" }],
  category: null,
  departments: ["保健予防課"],
  years: [
    {
      fiscalYear: 2019,
      status: "actual",
      result: "2回\n実施",
      grade: "A",
      gradesBySection: null,
      achievement: null,
      assessment: null,
      nextPlan: null,
    },
  ],
  source: { file: "000.txt", lines: [3, 9] },
  notes: [],
} as unknown as Measure;

describe("measuresToCsv", () => {
  const csv = measuresToCsv([m, { ...m, years: [] }], "http://localhost:4321");
  it("starts with a BOM and the header", () => {
    expect(csv.startsWith("\ufeffid,url,")).toBe(true);
  });
  it("writes one row per year and one for a measure without years, quoting text", () => {
    expect(csv).toContain('"講座, ""研修"""');
    expect(csv).toContain('"2回\n実施",A');
    expect(
      csv
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("nerima/p/12")),
    ).toHaveLength(2);
  });
});
