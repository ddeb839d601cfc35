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

/** Load pagefind from the site itself (never a third party), with our ranking. */
export async function loadPagefind(base = "/pagefind/"): Promise<PagefindApi> {
  const url = `${base}pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  await pagefind.options({ ranking: RANKING });
  await pagefind.init();
  return pagefind;
}
