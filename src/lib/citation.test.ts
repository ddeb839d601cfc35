import { describe, expect, it } from "vitest";
import { buildCitation, buildDatasetCitation, buildDateIso } from "./citation.ts";

describe("buildCitation", () => {
  const base = {
    municipalityName: "練馬区",
    documentTitle: "練馬区自殺対策計画〔第１次〕の取組状況詳細",
    publisher: "練馬区健康部",
    documentDate: "2025-01-28",
    measureCode: "12",
    measureTitle: "ゲートキーパー養成講座",
    fiscalYears: [2019, 2020, 2023],
    permalink: "http://localhost:4321/nerima/suicide-prevention-1/12/",
    accessed: "2025-11-24",
  };
  it("names publisher, date, measure, years, permalink and access date", () => {
    expect(buildCitation(base)).toBe(
      "練馬区「練馬区自殺対策計画〔第１次〕の取組状況詳細」（練馬区健康部、2025年1月28日）" +
        "、施策12「ゲートキーパー養成講座」、令和元年度（2019年度）～令和5年度（2023年度）。" +
        "施策（shisaku）http://localhost:4321/nerima/suicide-prevention-1/12/（2025年11月24日閲覧）",
    );
  });
  it("names the data version, and asks for the access date when none is known", () => {
    const text = buildCitation({ ...base, accessed: null, dataVersion: "2026-12-02.0123abcd" });
    expect(text).toContain("施策（shisaku）データ版 2026-12-02.0123abcd、http://localhost:4321/");
    expect(text.endsWith("（閲覧日を書き添えてください）")).toBe(true);
  });
  it("falls back to the municipality when no publisher or date is printed", () => {
    const text = buildCitation({ ...base, publisher: null, documentDate: null, fiscalYears: [] });
    expect(text).toContain("（練馬区）、施策12「ゲートキーパー養成講座」。");
  });
});

describe("buildDateIso", () => {
  it("uses the date in Japan", () => {
    expect(buildDateIso(new Date("2025-11-23T16:00:00Z"))).toBe("2025-11-24");
  });
});

describe("buildDatasetCitation", () => {
  it("names the data set, municipalities, schema version, address and access date", () => {
    expect(
      buildDatasetCitation({
        municipalityNames: ["練馬区", "小金井市"],
        schemaVersion: "1.0.0",
        url: "http://localhost:4321/data/measures.json",
        accessed: "2025-11-24",
      }),
    ).toBe(
      "施策（shisaku）「自治体の計画の進捗データ（練馬区・小金井市）」スキーマ版 1.0.0。" +
        "http://localhost:4321/data/measures.json（2025年11月24日閲覧）",
    );
  });
});
