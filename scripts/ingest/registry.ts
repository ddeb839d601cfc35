import type { ItemCounter, SourceIngester } from "./types.ts";

/**
 * Every source that has an ingester. A source in the manifest without one is simply not
 * published yet; the data check reports it as such and the machinery does not depend on it.
 */
export const ingesters: readonly SourceIngester[] = [];

/** Independent counts of numbered items per source file (never the parser's own code). */
export const itemCounters: Readonly<Record<string, ItemCounter>> = {};
