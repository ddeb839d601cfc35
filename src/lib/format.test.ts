import { MUNICIPALITIES } from "../../tests/fixtures/municipalities.ts";
import { describe, expect, it } from "vitest";
import {
  formatCode,
  formatDateJa,
  formatFiscalYearRange,
  formatGrade,
  formatLineRange,
  formatPathStep,
  formatRange,
  GRADE_NAMES,
  RANGE_MARK,
  yearFieldLabels,
} from "./format.ts";

describe("formatPathStep", () => {
  it.each([
    [{ kind: "基本施策", number: "2", title: "人材育成" }, "基本施策2　人材育成"],
    [{ kind: "見出し", number: "②", title: "区民を対象とした研修" }, "②　区民を対象とした研修"],
    [{ kind: "重点施策", number: null, title: "子ども" }, "重点施策　子ども"],
    [{ kind: "見出し", number: null, title: "研修" }, "研修"],
  ])("%o → %s", (step, out) => expect(formatPathStep(step)).toBe(out));
});

describe("formatDateJa", () => {
  it.each([
    ["2025-01-28", "2025年1月28日"],
    [null, null],
    ["2025", "2025"],
  ])("%s → %s", (iso, out) => expect(formatDateJa(iso)).toBe(out));
});

describe("formatFiscalYearRange", () => {
  it("names both ends, in order", () => {
    expect(formatFiscalYearRange([2023, 2019, 2021])).toBe(
      "令和元年度（2019年度）～令和5年度（2023年度）",
    );
  });
  it("names one year alone", () =>
    expect(formatFiscalYearRange([2025])).toBe("令和7年度（2025年度）"));
  it("is empty for no year", () => expect(formatFiscalYearRange([])).toBe(""));
});

describe("yearFieldLabels", () => {
  it("uses the column names each municipality's reports print (data/municipalities.json)", () => {
    const byId = (id: string) => MUNICIPALITIES.find((m) => m.id === id)!;
    expect(yearFieldLabels(byId("koganei")).nextPlan).toBe("今後の実施計画");
    expect(yearFieldLabels(byId("akiruno")).result).toBe("取組進捗状況");
    expect(yearFieldLabels(byId("akiruno")).assessment).toBe("進捗状況・課題");
    expect(yearFieldLabels({ yearFieldLabels: {} }).result).toBe("実績・実施状況");
  });
});

describe("formatCode", () => {
  it("appends the printed sub-letter", () => {
    expect(formatCode("12", "ア")).toBe("12ア");
    expect(formatCode("1-1", null)).toBe("1-1");
  });
});

describe("formatLineRange", () => {
  it.each([
    [[15, 15], "15行目"],
    [[15, 20], "15～20行目"],
  ] as const)("%j → %s", (lines, text) => {
    expect(formatLineRange(lines)).toBe(text);
  });
});

describe("formatGrade", () => {
  it("writes the top grade as the legends print it, the others as stored", () => {
    expect(["A+", "A", "B"].map(formatGrade)).toEqual(["A＋", "A", "B"]);
    expect(GRADE_NAMES).toBe("A＋／A／B");
  });
});

describe("one typographic voice", () => {
  it("uses the sources' range mark ～ (U+FF5E) and half-width digits", () => {
    const written = [
      formatFiscalYearRange([2019, 2023]),
      formatLineRange([1, 9]),
      formatRange("16時", "21時"),
    ].join("");
    expect(written).not.toMatch(/[〜０-９]/u);
    expect(written).toContain(RANGE_MARK);
  });
});
