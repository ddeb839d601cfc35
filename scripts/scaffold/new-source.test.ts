/**
 * The path a new municipality takes, end to end, on a fourth, fictional one (夢見市, kept out of
 * the published site: everything happens in a temporary project): add it to
 * data/municipalities.json → copy its report into data/sources/ → npm run new:source → map its
 * sections to categories → ingest → data check → the props the measure pages are built from.
 * The "build" stops at the page props: a full astro build of a temporary project would double the
 * suite's time for no extra check of this path.
 */
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCitation } from "../../src/lib/citation.ts";
import { displayCode } from "../../src/lib/codes.ts";
import type { SiteData, SitePlan } from "../../src/lib/content.ts";
import { buildMeasurePageProps } from "../../src/lib/page-props.ts";
import { PlanFileSchema } from "../../src/schemas/plan.ts";
import { runDataCheck } from "../check/run.ts";
import { serializeJson } from "../ingest/pipeline.ts";
import type { SourceModule } from "../ingest/registry.ts";
import { ingestAll } from "../ingest/run-ingest.ts";
import { scaffoldSource } from "./new-source.ts";

const REPO = new URL("../../", import.meta.url);
const YUMEMI = {
  id: "yumemi",
  code: "139998",
  prefecture: "東京都",
  name: "夢見市",
  nameEn: "Yumemi",
  yearFieldLabels: { result: "実施状況" },
};
/** A small synthetic report in the numbered-list layout the scaffolded parser reads. */
const REPORT = [
  "夢見市自殺対策計画 令和6年度 実施状況",
  "",
  "基本施策1 地域におけるネットワークの強化",
  "1 相談窓口の連携",
  "担当：健康課",
  "毎月1回、関係課の連絡会を開",
  "いた。",
  "2 ゲートキーパー研修",
  "担当：福祉課",
  "・市職員向け　2回",
  "・市民向け　1回",
  "基本施策2 自殺対策を支える人材の育成",
  "3 教職員研修",
  "担当：指導室",
  "全校で実施した。",
  "",
].join("\n");

let root: string;

async function write(rel: string, text: string): Promise<void> {
  await mkdir(join(root, rel, ".."), { recursive: true });
  await writeFile(join(root, rel), text);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "shisaku-new-source-"));
  // The project's own code, read-only: the scaffold's imports resolve into it.
  await symlink(new URL("src", REPO), join(root, "src"), "dir");
  await mkdir(join(root, "scripts/ingest"), { recursive: true });
  await cp(new URL("scripts/ingest/types.ts", REPO), join(root, "scripts/ingest/types.ts"));
  const registry = JSON.parse(await readFile(new URL("data/municipalities.json", REPO), "utf8"));
  await write("data/municipalities.json", serializeJson({ municipalities: [YUMEMI] }));
  expect(registry.municipalities.map((m: { id: string }) => m.id)).not.toContain("yumemi");
  await write("data/sources/manifest.json", serializeJson({ sources: [] }));
  await write("data/sources/yumemi-report.txt", REPORT);
  await write(
    "data/categories.json",
    serializeJson({
      categories: [
        { id: "network", label: "地域におけるネットワークの強化" },
        { id: "human-resources", label: "自殺対策を支える人材の育成" },
      ],
      rules: [
        {
          municipality: "yumemi",
          plan: "suicide-prevention",
          section: "基本施策/1",
          category: "network",
          reason: "見出しが同じ",
        },
        {
          municipality: "yumemi",
          plan: "suicide-prevention",
          section: "基本施策/2",
          category: "human-resources",
          reason: "見出しが同じ",
        },
      ],
    }),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("adding a fourth municipality: scaffold → parse → check → page props", () => {
  let mod: SourceModule;

  it("scaffolds a parser, counter, test, fixture and manifest entry", async () => {
    const written = await scaffoldSource({
      root,
      name: "yumemi-suicide",
      municipality: "yumemi",
      source: "yumemi-report.txt",
      fiscalYear: 2024,
    });
    expect(written).toEqual([
      "scripts/ingest/sources/yumemi-suicide.ts",
      "scripts/ingest/counters/yumemi-suicide.ts",
      "scripts/ingest/sources/yumemi-suicide.test.ts",
      "tests/fixtures/sources/yumemi-suicide.txt",
      "data/sources/manifest.json",
    ]);
    const manifest = JSON.parse(await readFile(join(root, "data/sources/manifest.json"), "utf8"));
    expect(manifest.sources[0]).toMatchObject({
      file: "yumemi-report.txt",
      municipality: "yumemi",
      title: "夢見市自殺対策計画 令和6年度 実施状況",
      period: "令和6年度",
      lineCount: 15,
    });
    const url = pathToFileURL(join(root, "scripts/ingest/sources/yumemi-suicide.ts")).href;
    mod = (await import(/* @vite-ignore */ url)) as SourceModule;
  });

  it("refuses a municipality that data/municipalities.json does not list", async () => {
    await expect(
      scaffoldSource({
        root,
        name: "x",
        municipality: "hinode",
        source: "yumemi-report.txt",
        fiscalYear: 2024,
      }),
    ).rejects.toThrow('municipality "hinode" is not in data/municipalities.json');
  });

  it("parses the report and passes the data check", async () => {
    expect(await ingestAll(root, [mod])).toEqual([
      { path: "data/yumemi/suicide-prevention.json", count: 3 },
    ]);
    const check = await runDataCheck(root, [mod]);
    expect(check.errors).toEqual([]);
    const plan = PlanFileSchema.parse(
      JSON.parse(await readFile(join(root, "data/yumemi/suicide-prevention.json"), "utf8")),
    );
    expect(
      plan.measures.map((m) => [m.code, m.title, m.departments, m.years[0]?.result, m.category]),
    ).toEqual([
      ["1", "相談窓口の連携", ["健康課"], "毎月1回、関係課の連絡会を開いた。", "network"],
      ["2", "ゲートキーパー研修", ["福祉課"], "・市職員向け　2回\n・市民向け　1回", "network"],
      ["3", "教職員研修", ["指導室"], "全校で実施した。", "human-resources"],
    ]);
  });

  it("builds the props of its measure pages, with its name and a citation", async () => {
    const file = PlanFileSchema.parse(
      JSON.parse(await readFile(join(root, "data/yumemi/suicide-prevention.json"), "utf8")),
    );
    const manifest = JSON.parse(await readFile(join(root, "data/sources/manifest.json"), "utf8"));
    const plan: SitePlan = {
      ...file.plan,
      id: "yumemi/suicide-prevention",
      slug: file.plan.id,
      excluded: [],
    };
    const site: SiteData = {
      municipalities: [YUMEMI],
      plans: [plan],
      measures: file.measures,
      categories: [],
      categoryRules: [],
      sources: manifest.sources,
    };
    const props = buildMeasurePageProps(site);
    expect(props.map((p) => [p.measure.url, p.municipality.name, p.source?.file])).toEqual([
      ["/yumemi/suicide-prevention/1/", "夢見市", "yumemi-report.txt"],
      ["/yumemi/suicide-prevention/2/", "夢見市", "yumemi-report.txt"],
      ["/yumemi/suicide-prevention/3/", "夢見市", "yumemi-report.txt"],
    ]);
    const first = props[0]!;
    expect(
      buildCitation({
        municipalityName: first.municipality.name,
        documentTitle: first.plan.source.title,
        publisher: first.plan.source.publisher,
        documentDate: first.plan.source.date,
        measureCode: displayCode(first.measure),
        measureTitle: first.measure.title,
        fiscalYears: first.measure.years.map((y) => y.fiscalYear),
        permalink: `https://example.org${first.measure.url}`,
        accessed: "2026-12-02",
      }),
    ).toMatch(
      /^夢見市「夢見市自殺対策計画 令和6年度 実施状況」（夢見市）、施策1「相談窓口の連携」/u,
    );
  });
});
