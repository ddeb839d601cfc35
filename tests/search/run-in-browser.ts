/**
 * Runs queries through pagefind's own JS API in a page of the served site and returns every
 * result URL per query, in rank order (all results, each loaded with result.data()), with the
 * same ranking options as /search/, over every shard of the index (/pagefind/shards.json).
 */
import type { Page } from "playwright-core";
import { RANKING } from "../../src/lib/search/pagefind-api.ts";

/**
 * Browser-side code as text: vitest rewrites `import()` inside functions it transforms, and
 * the page must import pagefind itself.
 */
const SEARCH_ALL = `async (terms, ranking) => {
  const { shards } = await (await fetch("/pagefind/shards.json")).json();
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options({ ranking, noWorker: true, basePath: shards[0].base });
  await pagefind.init();
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(shard.base);
  const out = [];
  for (const term of terms) {
    if (term === null) { out.push([]); continue; }
    const search = await pagefind.search(term);
    const fragments = await Promise.all((search?.results ?? []).map((r) => r.data()));
    out.push(fragments.map((f) => f.url));
  }
  return out;
}`;

export async function searchAll(page: Page, terms: (string | null)[]): Promise<string[][]> {
  return page.evaluate(
    `(${SEARCH_ALL})(${JSON.stringify(terms)}, ${JSON.stringify(RANKING)})`,
  ) as Promise<string[][]>;
}
