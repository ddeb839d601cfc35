/**
 * Runs queries through the whole-site index (src/lib/search/site-index-client.ts) — the code
 * /search/ runs for an unfiltered search — against the served site, and returns every result
 * URL per query, in rank order (each loaded through result.data(), as pagefind's are in
 * run-in-browser.ts). It runs in Node, which has the fetch and DecompressionStream it uses.
 */
import type { ShardManifest } from "../../src/lib/search/shards.ts";
import { SiteIndexSearch } from "../../src/lib/search/site-index-client.ts";

export async function searchAllSiteIndex(
  origin: string,
  terms: (string | null)[],
): Promise<string[][]> {
  const response = await fetch(`${origin}/pagefind/shards.json`);
  const manifest = (await response.json()) as ShardManifest;
  if (!manifest.site) throw new Error("/pagefind/shards.json lists no whole-site index (site)");
  const index = new SiteIndexSearch(manifest.site, (path) => fetch(`${origin}${path}`));
  const out: string[][] = [];
  for (const term of terms) {
    if (term === null) {
      out.push([]);
      continue;
    }
    const { results } = await index.search(term);
    out.push(await Promise.all(results.map(async (r) => (await r.data()).url)));
  }
  return out;
}
