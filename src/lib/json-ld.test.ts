import { describe, expect, it } from "vitest";
import { datasetJsonLd, jsonLdText } from "./json-ld.ts";

describe("Dataset JSON-LD", () => {
  const ld = datasetJsonLd({
    name: "練馬区自殺対策計画〔第１次〕",
    description: "93施策",
    url: "http://localhost:4321/nerima/suicide-prevention-1/",
    site: "http://localhost:4321/",
    version: "2026-12-02.0123abcd",
    dateModified: "2026-12-02",
    spatial: ["練馬区"],
    fiscalYears: [2023, 2019],
    downloads: [{ path: "/data/nerima/suicide-prevention-1.csv", format: "text/csv", name: "CSV" }],
    keywords: ["自殺対策"],
  }) as Record<string, unknown>;
  it("names licence, version, coverage and absolute download URLs", () => {
    expect(ld).toMatchObject({
      "@type": "Dataset",
      license: "https://creativecommons.org/licenses/by/4.0/deed.ja",
      version: "2026-12-02.0123abcd",
      temporalCoverage: "2019-04-01/2024-03-31",
      distribution: [{ contentUrl: "http://localhost:4321/data/nerima/suicide-prevention-1.csv" }],
    });
  });
  it("cannot close its script element", () => {
    expect(jsonLdText({ a: "</script>" })).not.toContain("</script>");
  });
});
