/**
 * The whole-site term index (site-index.ts) in the browser, behind the same result shape as
 * pagefind's (pagefind-api.ts): a search loads the bucket files of its words, intersects and
 * ranks their postings, and each result's data() loads that measure's card. Nothing it loads
 * grows with the number of measures except the query's own postings (docs/scale.md).
 * Runs wherever fetch and DecompressionStream exist (browsers, Node ≥ 18), so the recall test
 * can run it too.
 */
import type { PagefindFragment, PagefindResponse, PagefindResult } from "./pagefind-api.ts";
import {
  bucketOf,
  bucketPath,
  cardPath,
  decodeBucket,
  rank,
  wordKey,
  type Postings,
  type SiteIndexManifest,
} from "./site-index.ts";

/** How files are fetched: the page's fetch, or one bound to a test server. */
export type Fetcher = (path: string) => Promise<Response>;

async function gunzip(response: Response, path: string): Promise<Uint8Array> {
  if (!response.ok || !response.body)
    throw new Error(`search index: ${path} answered ${response.status}`);
  const stream = response.body.pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface Card {
  url: string;
  meta: Record<string, string>;
}

export class SiteIndexSearch {
  private readonly manifest: SiteIndexManifest;
  private readonly fetcher: Fetcher;
  private readonly buckets = new Map<number, Promise<Map<number, Postings>>>();

  constructor(manifest: SiteIndexManifest, fetcher: Fetcher = (path) => fetch(path)) {
    this.manifest = manifest;
    this.fetcher = fetcher;
  }

  private bucket(n: number): Promise<Map<number, Postings>> {
    let loaded = this.buckets.get(n);
    if (!loaded) {
      const path = `${this.manifest.base}${bucketPath(n)}`;
      // Every bucket is written, an empty one too: a missing file is an error, shown as one.
      loaded = this.fetcher(path).then(async (response) =>
        decodeBucket(await gunzip(response, path)),
      );
      this.buckets.set(n, loaded);
    }
    return loaded;
  }

  private card(doc: number): Promise<PagefindFragment> {
    const path = `${this.manifest.base}${cardPath(doc)}`;
    return this.fetcher(path).then(async (response) => {
      const card = JSON.parse(new TextDecoder().decode(await gunzip(response, path))) as Card;
      // No content: the result list reads the excerpt text from meta (meta.ts EXCERPT_META).
      return { url: card.url, content: "", meta: card.meta, filters: {} };
    });
  }

  /** `term`: the search words, space separated, as query.ts toPagefindQuery writes them. */
  async search(term: string): Promise<PagefindResponse> {
    const keys = [...new Set(term.split(" ").filter(Boolean).map(wordKey))];
    const postings = await Promise.all(
      keys.map(async (key) => {
        const words = await this.bucket(bucketOf(key, this.manifest.buckets));
        return words.get(key) ?? null;
      }),
    );
    const results: PagefindResult[] = rank(postings).map((hit) => ({
      id: String(hit.doc),
      score: hit.score,
      data: () => this.card(hit.doc),
    }));
    return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} };
  }
}
