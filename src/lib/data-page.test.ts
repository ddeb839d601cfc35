import { describe, expect, it } from "vitest";
import type { SiteData } from "./content.ts";
import { buildDataPageProps, collectSchemaDocs } from "./data-page.ts";

const municipality = (id: string) => ({
  id,
  name: id,
  nameEn: id,
  code: "000000",
  prefecture: "東京都",
});
const plan = (municipality: string, slug: string, file: string) => ({
  id: `${municipality}/${slug}`,
  slug,
  municipality,
  title: slug,
  kind: "suicide-prevention",
  fiscalYears: [2020],
  grades: [],
  source: { file, title: `T ${file}`, publisher: null, date: null },
  asOf: null,
  coverage: [],
  excluded: [],
});
const source = (file: string, municipality: string) => ({
  file,
  municipality,
  title: `T ${file}`,
  publisher: null,
  date: null,
  period: "p",
  lineCount: 10,
  sha256: "0".repeat(64),
  debrisLines: [],
});
const measure = (municipality: string, planSlug: string, code: string, grade: string | null) => ({
  id: `${municipality}/${planSlug}/${code}`,
  municipality,
  plan: planSlug,
  code,
  years: [{ fiscalYear: 2020, grade }],
});
const site = {
  municipalities: [municipality("nerima"), municipality("koganei")],
  plans: [plan("nerima", "a", "1.txt"), plan("koganei", "b", "0.txt")],
  measures: [
    measure("nerima", "a", "1", null),
    measure("koganei", "b", "1", null),
    measure("koganei", "b", "2", "A"),
  ],
  categories: [],
  categoryRules: [],
  sources: [source("0.txt", "koganei"), source("1.txt", "nerima")],
} as unknown as SiteData;

describe("buildDataPageProps", () => {
  const props = buildDataPageProps(site, {});
  it("counts measures per plan", () => {
    expect(props.plans.map((p) => [p.plan.slug, p.count])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(props.measureCount).toBe(3);
  });
  it("lists sources in plan order, each with the plans made from it", () => {
    expect(props.sources.map((s) => [s.entry.file, s.plans.map((p) => p.plan.slug)])).toEqual([
      ["1.txt", ["a"]],
      ["0.txt", ["b"]],
    ]);
  });
  it("picks a graded measure as the example, with its plan's source", () => {
    expect(props.example?.id).toBe("koganei/b/2");
    expect(props.exampleSource?.title).toBe("T 0.txt");
  });
  it("includes the data dictionary of the contract", () => {
    expect(props.dictionary[0]?.fields.map((f) => f.name)).toEqual([
      "schemaVersion",
      "dataVersion",
      "license",
      "municipalities",
      "plans",
      "measures",
    ]);
  });
});

describe("collectSchemaDocs", () => {
  it("merges the JSDoc of several files", () => {
    const docs = collectSchemaDocs({
      "a.ts": "/** A. */\nexport const ASchema = 1;",
      "b.ts": "export const BSchema = z.object({\n  /** f. */\n  f: z.string(),\n});",
    });
    expect([...docs]).toEqual([
      ["ASchema", "A."],
      ["BSchema.f", "f."],
    ]);
  });
});
