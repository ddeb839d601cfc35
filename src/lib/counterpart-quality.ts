/**
 * How good the counterparts are, measured against the hand-checked pairs in
 * tests/fixtures/counterparts.json: hit rate at top 1 and top 3 (each pair asked both ways), and
 * the scores of true pairs against those of random cross-municipality pairs, from which the
 * threshold is chosen.
 */
import type { CounterpartMap } from "./counterparts.ts";

export interface CounterpartPair {
  a: string;
  b: string;
  reason: string;
}

export interface HitRates {
  queries: number;
  top1: number;
  top3: number;
  /** Queries whose expected measure is not in the top 3, with what came instead. */
  misses: { from: string; expected: string; got: string[] }[];
}

const municipalityOf = (id: string): string => id.split("/")[0] ?? id;

/** Rank of `to` among `from`'s counterparts in `to`'s municipality (1-based), or null. */
export function rankOf(map: CounterpartMap, from: string, to: string): number | null {
  const group = map.get(from)?.find((g) => g.municipality === municipalityOf(to));
  const index = group?.matches.findIndex((m) => m.id === to) ?? -1;
  return index === -1 ? null : index + 1;
}

/** Hit rates over both directions of every pair. */
export function measureHitRates(map: CounterpartMap, pairs: readonly CounterpartPair[]): HitRates {
  const queries = pairs.flatMap((p) => [
    { from: p.a, to: p.b },
    { from: p.b, to: p.a },
  ]);
  let top1 = 0;
  let top3 = 0;
  const misses: HitRates["misses"] = [];
  for (const { from, to } of queries) {
    const rank = rankOf(map, from, to);
    if (rank === 1) top1 += 1;
    if (rank !== null && rank <= 3) top3 += 1;
    else {
      const group = map.get(from)?.find((g) => g.municipality === municipalityOf(to));
      misses.push({ from, expected: to, got: group?.matches.map((m) => m.id) ?? [] });
    }
  }
  return {
    queries: queries.length,
    top1: top1 / queries.length,
    top3: top3 / queries.length,
    misses,
  };
}

/** The value below which `share` of the sorted scores lie (nearest rank). */
export function quantile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? 0;
}
