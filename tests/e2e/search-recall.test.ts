/**
 * Search recall, measured: the fixed query set (tests/search/queries.json) runs through both
 * indexes /search/ reads — pagefind's own JS API in Chromium (searches with a filter) and the
 * whole-site index (src/lib/search/site-index-client.ts, unfiltered searches) — against
 * expectations computed from the data itself, and both are held to the same floors; the two
 * must also return the same measures for every query. Prints a table per query and index
 * for our bigram query (what /search/ sends). Only bigram words are
 * indexed (src/lib/search/index-text.ts): pagefind's own Japanese segmentation reached 71 %
 * mean recall on this set and is no longer built.
 *
 * Floors, and why:
 * - recall 100% for every query. A measure containing the query holds every bigram of it by
 *   construction (src/lib/search/tokens.ts, property-tested), so any miss is a bug, not a
 *   tuning matter.
 * - precision ≥ 90% for every query, ≥ 98% on average. Bigrams are matched as a set, not in
 *   order, so a page holding every bigram apart could match; the slack allows that, no more.
 * - queries of kind "absent" return nothing (pagefind's fallback noise must not show).
 * - title matches first: for ≥ 90% of queries, every result whose title contains the query
 *   ranks above every result that has it only in the body.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toComparable } from "../../src/lib/normalize.ts";
import { CategoriesFileSchema } from "../../src/schemas/category.ts";
import { toPagefindQuery } from "../../src/lib/search/query.ts";
import { expectedResults, readQueries, termGroups, type RecallQuery } from "../search/expected.ts";
import { searchAll } from "../search/run-in-browser.ts";
import { searchAllSiteIndex } from "../search/run-site-index.ts";
import { formatTable, scoreQuery, summarize, type QueryScore } from "../search/score.ts";
import { launchChromium } from "./chromium.ts";
import { serveDirectory, type StaticServer } from "./serve.ts";
import { DIST, readDataset } from "./site.ts";

let server: StaticServer;
let browser: Browser;
let page: Page;
let queries: RecallQuery[];
let expected: Set<string>[];
let titles: Map<string, string>;

beforeAll(async () => {
  const dataset = await readDataset();
  const categories = CategoriesFileSchema.parse(
    JSON.parse(await readFile(join(import.meta.dirname, "../../data/categories.json"), "utf8")),
  );
  queries = await readQueries();
  expected = expectedResults(
    dataset,
    new Map(categories.categories.map((c) => [c.id, c.label])),
    queries,
  );
  titles = new Map(dataset.measures.map((m) => [m.url, toComparable(m.title)]));
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function score(results: string[][]): QueryScore[] {
  return queries.map((q, i) => scoreQuery(q.q, q.kind, expected[i] ?? new Set(), results[i] ?? []));
}

/** Do all results with the query in their title come before those without? */
function titlesFirst(query: RecallQuery, urls: readonly string[]): boolean {
  const groups = termGroups(query).map((g) => g.map(toComparable));
  const inTitle = urls.map((u) => {
    const title = titles.get(u) ?? "";
    return groups.every((g) => g.some((t) => title.includes(t)));
  });
  const firstMiss = inTitle.indexOf(false);
  return firstMiss < 0 || !inTitle.slice(firstMiss).includes(true);
}

/** The floors above, for one index's results (in query order). */
function holdToFloors(index: string, results: string[][]): void {
  const scores = score(results);
  const ranked = queries.filter((q, i) => titlesFirst(q, results[i] ?? [])).length;
  console.log(`\nshisaku bigram query, ${index}:\n${formatTable(scores)}`);
  console.log(`${index}: title matches ranked first: ${ranked}/${queries.length} queries`);
  const summary = summarize(scores);
  for (const s of scores) {
    expect.soft(s.recall, `${index}: recall of ${s.q}`).toBe(1);
    expect.soft(s.precision, `${index}: precision of ${s.q}`).toBeGreaterThanOrEqual(0.9);
    if (s.kind === "absent") expect.soft(s.returned, `${index}: results for ${s.q}`).toBe(0);
  }
  expect(summary.precision, `${index}: mean precision`).toBeGreaterThanOrEqual(0.98);
  expect(ranked / queries.length, `${index}: title matches first`).toBeGreaterThanOrEqual(0.9);
}

describe("search recall on the fixed query set", () => {
  // Runs the whole query set (about 70 queries) in one page: a few seconds per query even on a
  // busy machine, rather than the default budget of one page.
  const budget = { timeout: 300_000 };
  const terms = (): (string | null)[] => queries.map((q) => toPagefindQuery(q.q));
  let pagefindResults: string[][] = [];
  let siteResults: string[][] = [];

  it(
    "pagefind (filtered searches) finds every measure that contains the query, and little else",
    budget,
    async () => {
      pagefindResults = await searchAll(page, terms());
      holdToFloors("pagefind", pagefindResults);
    },
  );

  it(
    "the whole-site index (unfiltered searches) finds every measure that contains the query, and little else",
    budget,
    async () => {
      siteResults = await searchAllSiteIndex(server.url, terms());
      holdToFloors("whole-site index", siteResults);
    },
  );

  it("both indexes return the same measures for every query", () => {
    expect(pagefindResults).toHaveLength(queries.length);
    expect(siteResults).toHaveLength(queries.length);
    queries.forEach((q, i) => {
      const sorted = (urls: string[] | undefined): string[] => [...new Set(urls)].sort();
      expect
        .soft(sorted(siteResults[i]), `whole-site index vs pagefind for ${q.q}`)
        .toEqual(sorted(pagefindResults[i]));
    });
  });
});
