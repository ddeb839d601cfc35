import { describe, expect, it } from "vitest";
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { isUnknownCell, noteField, noteNamesYear, presentCells } from "./unknown-cells.ts";

const year = (fiscalYear: number, o: Partial<YearRecord> = {}): YearRecord => ({
  fiscalYear,
  status: "actual",
  result: null,
  grade: null,
  gradesBySection: null,
  achievement: null,
  assessment: null,
  nextPlan: null,
  ...o,
});

function measure(years: YearRecord[], notes: string[], curatedFields: string[] = []): Measure {
  return { years, notes, curatedFields } as unknown as Measure;
}

describe("noteNamesYear", () => {
  it.each([
    ["令和２年度実績の欄の区切りを…", 2020, true],
    ["令和2年度実績", 2020, true],
    ["平成31（令和元）年度の進捗状況・課題の欄", 2019, true],
    ["令和元年度の実績", 2019, true],
    ["令和３年度実績", 2020, false],
    ["令和６年度予定の欄", 2024, true],
  ])("%s names %i: %s", (note, fy, out) => expect(noteNamesYear(note, fy)).toBe(out));
});

describe("noteField", () => {
  it.each([
    ["令和２年度実績の欄", "result"],
    ["令和２年度の進捗状況・課題の欄", "assessment"],
    ["令和３年度実施状況に関する担当課の評価の欄", "assessment"],
    ["令和６年度予定の欄", "nextPlan"],
    ["達成度の欄", "achievement"],
    ["ページ番号", null],
  ])("%s → %s", (note, out) => expect(noteField(note)).toBe(out));
});

describe("isUnknownCell", () => {
  const notes = [
    "令和２年度実績の欄の区切りを原資料のレイアウトから判別できないため、この欄は空欄としています。",
    "令和６年度予定の欄の区切りを原資料のレイアウトから判別できないため、この欄は空欄としています。",
  ];
  const m = measure([year(2020), year(2021), year(2023)], notes, ["years.1.assessment"]);
  it("is unknown when a note names the year and the column", () => {
    expect(isUnknownCell(m, 0, "result")).toBe(true);
    expect(isUnknownCell(m, 0, "assessment")).toBe(false);
  });
  it("matches a next-year plan printed under the next year's name", () => {
    expect(isUnknownCell(m, 2, "nextPlan")).toBe(true);
  });
  it("is unknown when curation recorded the cell as null", () => {
    expect(isUnknownCell(m, 1, "assessment")).toBe(true);
    expect(isUnknownCell(m, 1, "result")).toBe(false);
  });
  it("is never unknown when the cell has a value", () => {
    const filled = measure([year(2020, { result: "実施" })], notes);
    expect(isUnknownCell(filled, 0, "result")).toBe(false);
  });
});

describe("presentCells", () => {
  it("lists a field for a year when any measure fills it", () => {
    const a = measure([year(2020, { result: "x" }), year(2021)], []);
    const b = measure([year(2021, { achievement: "実施" })], []);
    expect([...presentCells([a, b])].sort()).toEqual(["2020:result", "2021:achievement"]);
  });
});
