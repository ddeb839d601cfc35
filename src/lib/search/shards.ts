/**
 * The search index is split into shards: whole municipalities packed in registry order until a
 * shard holds about SHARD_PAGES measure pages. Building one shard at a time bounds the
 * indexer's memory by the shard, not the site; a search narrowed to some municipalities loads
 * only the shards that hold them; an unfiltered search loads them all (pagefind's mergeIndex).
 * The registry lists municipalities by national code, so at national scale shards follow
 * prefectures. /pagefind/shards.json is the manifest the browser reads first.
 */
import type { SiteIndexManifest } from "./site-index.ts";

/** Measure pages per shard: small enough that one municipality's first search stays light. */
export const SHARD_PAGES = 1_000;

export interface ShardUnit {
  /** Municipality id (folder under data/ and first URL segment). */
  id: string;
  /** The municipality's name: the value of the `municipality` search filter. */
  name: string;
  pages: number;
}

export interface SearchShard {
  /** Folder under /pagefind/: s0, s1 … */
  id: string;
  /** Municipality ids, in registry order. */
  municipalities: string[];
  /** Their names (filter values), in the same order. */
  names: string[];
  pages: number;
}

/** What /pagefind/shards.json holds: the shards, and the whole-site index for unfiltered searches. */
export interface ShardManifest {
  shards: { base: string; municipalities: string[]; pages: number }[];
  site?: SiteIndexManifest;
}

/**
 * Pack municipalities, in the given order, into shards of at most `budget` pages each (a
 * municipality bigger than the budget gets a shard of its own); units without pages are skipped.
 */
export function planShards(units: readonly ShardUnit[], budget = SHARD_PAGES): SearchShard[] {
  const shards: SearchShard[] = [];
  let current: SearchShard | null = null;
  for (const unit of units) {
    if (unit.pages === 0) continue;
    if (!current || (current.pages > 0 && current.pages + unit.pages > budget)) {
      current = { id: `s${shards.length}`, municipalities: [], names: [], pages: 0 };
      shards.push(current);
    }
    current.municipalities.push(unit.id);
    current.names.push(unit.name);
    current.pages += unit.pages;
  }
  return shards;
}

export function toManifest(shards: readonly SearchShard[], root = "/pagefind/"): ShardManifest {
  return {
    shards: shards.map((s) => ({
      base: `${root}${s.id}/`,
      municipalities: s.names,
      pages: s.pages,
    })),
  };
}

/**
 * Indexes of the shards a search needs: those holding any of the chosen municipalities (by
 * filter value), or every shard when none is chosen or a name is unknown (never lose results).
 */
export function shardsFor(manifest: ShardManifest, municipalities: readonly string[]): number[] {
  const all = manifest.shards.map((_, i) => i);
  if (municipalities.length === 0) return all;
  const chosen = new Set<number>();
  for (const name of municipalities) {
    const i = manifest.shards.findIndex((s) => s.municipalities.includes(name));
    if (i < 0) return all;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b);
}
