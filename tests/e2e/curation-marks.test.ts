/**
 * What a reader sees of curation on the built pages: an unknown cell is marked 「不明」 and never
 * 「補正」, a printed 「同左」 stays as printed beside the site's labelled reading, and a code the site
 * assigned says so on the page and in the citation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { UNKNOWN_TEXT } from "../../src/lib/unknown-cells.ts";
import { readDataset, readPage } from "./site.ts";

let dataset: Dataset;

beforeAll(async () => {
  dataset = await readDataset();
});

/** Text of every table cell and definition of a page, tags removed. */
function cells(html: string): string[] {
  return [...html.matchAll(/<(td|dd)\b[^>]*>([\s\S]*?)<\/\1>/gu)].map((m) =>
    (m[2] ?? "")
      .replace(/<[^>]+>/gu, " ")
      .replace(/\s+/gu, " ")
      .trim(),
  );
}

describe("curation marks on measure pages", () => {
  it("never shows 補正 in a cell shown as unknown", async () => {
    const withUnknown = dataset.measures.filter((m) => m.unknownFields.length > 0);
    expect(withUnknown.length).toBeGreaterThan(10);
    for (const m of withUnknown) {
      const unknownCells = cells(await readPage(m.url)).filter((c) => c.includes(UNKNOWN_TEXT));
      expect([m.id, unknownCells.length > 0]).toEqual([m.id, true]);
      expect([m.id, unknownCells.filter((c) => c.includes("補正"))]).toEqual([m.id, []]);
    }
  });

  it("shows 同左 as printed, with the site's reading labelled as such", async () => {
    const html = await readPage("/nerima/suicide-prevention-1/93/");
    const plan = cells(html).find((c) => c.startsWith("同左"));
    expect(plan).toMatch(
      /^同左 このサイトの読み： 令和5年度（2023年度）の実績と同じ（ ３日\/週の実施 ）/u,
    );
  });

  it("marks a code the site assigned on the page and in the citation", async () => {
    const html = await readPage("/akiruno/suicide-prevention/j4-1/");
    expect(html).toContain("施策 j4-1（サイトで付けた番号）");
    // The citation's text, without the markup that keeps municipality names on one line.
    const citation = /<p class="citation">(.*?)<\/p>/su.exec(html)?.[1]?.replace(/<[^>]+>/gu, "");
    expect(citation).toContain("施策j4-1（サイトで付けた番号）「若い世代への周知」");
    expect(await readPage("/nerima/suicide-prevention-1/41/")).toContain("施策 41ウ");
  });
});
