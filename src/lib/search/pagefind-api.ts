import { shardsFor, type ShardManifest } from "./shards.ts";
import { SiteIndexSearch } from "./site-index-client.ts";

/**
 * The part of pagefind's browser API (/pagefind/pagefind.js, pagefind 1.x) the search page uses,
 * typed from pagefind_web_js/types/index.d.ts.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: object }): Promise<PagefindResponse | null>;
}

/**
 * Ranking options, in one place for /search/ and the recall test. pagefind's defaults, made
 * explicit: with the title's bigrams weighted (index-text.ts), every query of the recall set
 * ranks the measures with the query in their title first (checked by the test).
 */
export const RANKING = { termFrequency: 1.0, pageLength: 0.75 } as const;

/** Options given to pagefind before it starts: our ranking, and search on the page's own thread
 * (its worker would be one more download for a search that takes milliseconds). */
const START_OPTIONS = { ranking: RANKING, noWorker: true } as const;

interface PagefindModule extends PagefindApi {
  mergeIndex(base: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * The sharded index (shards.ts) behind pagefind's own API: the first search loads the shards it
 * needs (those of the chosen municipalities, or all), later searches add shards as the choice
 * widens; filters() loads every shard, since the reader picks among all values.
 */
class ShardedPagefind implements PagefindApi {
  private readonly loaded = new Map<number, Promise<void>>();
  private started: Promise<PagefindModule> | null = null;
  private readonly root: string;
  private readonly manifest: ShardManifest;

  constructor(root: string, manifest: ShardManifest) {
    this.root = root;
    this.manifest = manifest;
  }

  private ensure(municipalities: readonly string[]): Promise<PagefindModule> {
    const wanted = shardsFor(this.manifest, municipalities);
    const primary = wanted[0] ?? 0;
    this.started ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${this.root}pagefind.js`)) as PagefindModule;
      await module.options({ ...START_OPTIONS, basePath: this.manifest.shards[primary]?.base });
      await module.init();
      return module;
    })();
    if (!this.loaded.has(primary))
      this.loaded.set(
        primary,
        this.started.then(() => undefined),
      );
    return this.started.then(async (module) => {
      for (const i of wanted) {
        const base = this.manifest.shards[i]?.base;
        if (!this.loaded.has(i) && base) this.loaded.set(i, module.mergeIndex(base));
      }
      await Promise.all(wanted.map((i) => this.loaded.get(i)));
      return module;
    });
  }

  async options(options: Record<string, unknown>): Promise<void> {
    await (await this.ensure([])).options(options);
  }

  async init(): Promise<void> {
    // Shards load with the first search, once it is known which ones it needs.
  }

  async filters(): Promise<FilterCounts> {
    return (await this.ensure([])).filters();
  }

  async search(
    term: string | null,
    options: { filters?: object } = {},
  ): Promise<PagefindResponse | null> {
    const chosen = (options.filters as Record<string, { any?: string[] }> | undefined)?.[
      "municipality"
    ]?.any;
    return (await this.ensure(chosen ?? [])).search(term, options);
  }
}

/** Is anything chosen in pagefind's filter object (url-state.ts toPagefindFilters)? */
export function hasFilters(filters: object | undefined): boolean {
  return Object.keys(filters ?? {}).length > 0;
}

/**
 * Which index answers a search: an unfiltered search, while the reader has not opened the
 * filters, reads the whole-site index (site-index-client.ts), whose cost does not grow with the
 * number of shards and which needs no pagefind code at all; a search with any filter chosen, or
 * once the filters are open (their counts come from pagefind, which by then has loaded every
 * shard for the filter values), goes to the sharded pagefind index exactly as before.
 */
export class SearchRouter implements PagefindApi {
  private readonly pagefind: PagefindApi;
  private readonly site: Pick<SiteIndexSearch, "search"> | null;
  private filtersOpened = false;

  constructor(pagefind: PagefindApi, site: Pick<SiteIndexSearch, "search"> | null) {
    this.pagefind = pagefind;
    this.site = site;
  }

  options(options: Record<string, unknown>): Promise<void> {
    return this.pagefind.options(options);
  }

  init(): Promise<void> {
    return this.pagefind.init();
  }

  filters(): Promise<FilterCounts> {
    this.filtersOpened = true;
    return this.pagefind.filters();
  }

  search(
    term: string | null,
    options: { filters?: object } = {},
  ): Promise<PagefindResponse | null> {
    if (this.site && term !== null && !this.filtersOpened && !hasFilters(options.filters))
      return this.site.search(term);
    return this.pagefind.search(term, options);
  }
}

/**
 * Load the search from the site itself (never a third party): pagefind with our ranking and
 * shards, and the whole-site index for unfiltered searches when the manifest lists one.
 */
export async function loadPagefind(root = "/pagefind/"): Promise<PagefindApi> {
  const response = await fetch(`${root}shards.json`);
  if (!response.ok) throw new Error(`search index: ${root}shards.json answered ${response.status}`);
  const manifest = (await response.json()) as ShardManifest;
  return new SearchRouter(
    new ShardedPagefind(root, manifest),
    manifest.site ? new SiteIndexSearch(manifest.site) : null,
  );
}
