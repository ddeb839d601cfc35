import { describe, expect, it } from "vitest";
import { bibtexEscape, toBibtex, toCslJson, type CitableMeasure } from "./citation-formats.ts";

const m: CitableMeasure = {
  id: "nerima/suicide-prevention-1/12",
  municipalityName: "練馬区",
  documentTitle: "練馬区自殺対策計画〔第１次〕の取組状況詳細",
  publisher: "練馬区健康部",
  documentDate: "2025-01-28",
  measureCode: "12",
  measureTitle: "講座 & 研修 100%",
  fiscalYears: [2019, 2020],
  permalink: "http://localhost:4321/nerima/suicide-prevention-1/12/",
  dataVersion: "2026-12-02.0123abcd",
  sourceFile: "000_7f5aa4348ad65687.txt",
  sourceLines: [302, 369],
};

describe("BibTeX", () => {
  const bib = toBibtex(m);
  it("has one entry for the measure and one per fiscal year, each with its anchor", () => {
    expect(bib.match(/^@misc\{/gm)).toHaveLength(3);
    expect(bib).toContain("@misc{shisaku-nerima-suicide-prevention-1-12-fy2020,");
    expect(bib).toContain("url = {http://localhost:4321/nerima/suicide-prevention-1/12/#fy2020}");
  });
  it("escapes BibTeX's special characters and keeps the version and year", () => {
    expect(bib).toContain("講座 \\& 研修 100\\%");
    expect(bib).toContain("howpublished = {施策（shisaku）データ版 2026-12-02.0123abcd}");
    expect(bib).toContain("year = {2025}");
    expect(bibtexEscape("a_b#c{d}")).toBe("a\\_b\\#c\\{d\\}");
  });
});

describe("CSL-JSON", () => {
  it("gives the issued date, version and URL, and no access date", () => {
    const items = toCslJson(m) as Record<string, unknown>[];
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({
      issued: { "date-parts": [[2025, 1, 28]] },
      version: "2026-12-02.0123abcd",
      URL: m.permalink,
      author: [{ literal: "練馬区健康部" }],
    });
    expect(items.some((i) => "accessed" in i)).toBe(false);
  });
  it("uses the municipality when the document prints no publisher", () => {
    const items = toCslJson({ ...m, publisher: null, documentDate: null }) as Record<
      string,
      unknown
    >[];
    expect(items[0]).toMatchObject({ author: [{ literal: "練馬区" }] });
    expect("issued" in items[0]!).toBe(false);
  });
});
