import { beforeAll, describe, expect, it } from "vitest";
import { readTableInput } from "./tables/read-input.ts";
import { buildTables } from "./tables/build.ts";
import { getSiteData, type SiteData } from "./content.ts";
import {
  measureFiles,
  measureRecordPath,
  measureTableFiles,
  type MeasureFileContext,
} from "./measure-files.ts";
import { citationFileUrls } from "./measure-citation.ts";
import { measureTableNames } from "./tables/files.ts";

let site: SiteData;
let context: MeasureFileContext;
beforeAll(async () => {
  site = await getSiteData();
  context = {
    plans: new Map(site.plans.map((p) => [`${p.municipality}/${p.slug}`, p])),
    municipalities: new Map(site.municipalities.map((m) => [m.id, m])),
    site: new URL("https://example.org"),
    dataVersion: "2026-01-01+abcdef12",
  };
});

describe("measureFiles", () => {
  it("publishes each measure's record where its page links it, in the contract's shape", () => {
    for (const measure of site.measures) {
      const [record] = measureFiles(measure, context);
      expect(record?.path).toBe(`/data/measures/${measure.id}.json`);
      expect(record?.path).toBe(measureRecordPath(measure));
      expect(JSON.parse(record?.body ?? "")).toEqual(JSON.parse(JSON.stringify(measure)));
    }
  });

  it("writes the citation files the page links, with the permalink on the given origin", () => {
    const measure = site.measures[0]!;
    const files = measureFiles(measure, context);
    const urls = citationFileUrls(measure);
    const bib = files.find((f) => f.path === urls.bibtex);
    const csl = files.find((f) => f.path === urls.cslJson);
    expect(bib?.body).toContain(`https://example.org${measure.url}`);
    expect(bib?.body).toContain("2026-01-01+abcdef12");
    expect(JSON.parse(csl?.body ?? "[]")[0]?.URL).toBe(`https://example.org${measure.url}`);
  });

  it("stops on a measure whose plan is not in the data, naming the measure", () => {
    const measure = { ...site.measures[0]!, plan: "no-such-plan" };
    expect(() => measureFiles(measure, context)).toThrow(`${measure.id}: no plan`);
  });
});

describe("measureTableFiles", () => {
  it("writes every table a measure page links, as CSV and JSON", async () => {
    const paths = new Set(
      [...measureTableFiles(buildTables(await readTableInput("data")))].map((f) => f.path),
    );
    for (const measure of site.measures) {
      for (const table of measureTableNames(measure)) {
        for (const format of ["csv", "json"]) {
          expect(paths).toContain(`/data/tables/${measure.id}/${table}.${format}`);
        }
      }
    }
  });
});
