// The counterparts measured on the real data against the hand-checked pairs
// (tests/fixtures/counterparts.json, written before the method): hit rates at top 1 and top 3,
// each pair asked both ways, and the threshold against the scores of all pairs.
import { describe, expect, it } from "vitest";
import { allScores, buildCounterparts, COUNTERPART_DEFAULTS } from "../../src/lib/counterparts.ts";
import { measureHitRates, quantile } from "../../src/lib/counterpart-quality.ts";
import {
  loadComparableMeasures,
  loadCounterpartPairs,
} from "../../scripts/lib/comparable-measures.ts";

const TOP3_FLOOR = 0.9;
const measures = loadComparableMeasures();
const pairs = loadCounterpartPairs();
const ids = new Set(measures.map((m) => m.id));

describe("hand-checked counterpart pairs", () => {
  it("are at least 25, across municipalities, and name real measures", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(25);
    for (const p of pairs) {
      expect(ids, p.a).toContain(p.a);
      expect(ids, p.b).toContain(p.b);
      expect(p.a.split("/")[0]).not.toBe(p.b.split("/")[0]);
      expect(p.reason.length).toBeGreaterThan(0);
    }
  });
});

describe("counterparts on the real data", () => {
  const map = buildCounterparts(measures);
  const rates = measureHitRates(map, pairs);

  it(`find the hand-checked counterpart in the top 3 at least ${TOP3_FLOOR * 100} % of the time`, () => {
    const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
    console.log(
      `counterparts: ${rates.queries} queries (${pairs.length} pairs both ways): ` +
        `top 1 ${pct(rates.top1)}, top 3 ${pct(rates.top3)}`,
    );
    for (const miss of rates.misses) console.log(`  not in top 3: ${miss.from} → ${miss.expected}`);
    expect(rates.top3).toBeGreaterThanOrEqual(TOP3_FLOOR);
  });

  it("use a threshold that most true pairs pass and few chance pairs do", () => {
    const scores = allScores(measures);
    const truePairs = pairs.map((p) => scores.get(p.a)?.get(p.b) ?? 0);
    const chance: number[] = [];
    for (const a of measures) {
      for (const b of measures) {
        if (a.id < b.id && a.municipality !== b.municipality)
          chance.push(scores.get(a.id)?.get(b.id) ?? 0);
      }
    }
    chance.sort((x, y) => x - y);
    const t = COUNTERPART_DEFAULTS.threshold;
    const truePass = truePairs.filter((s) => s >= t).length / truePairs.length;
    const chancePass = chance.filter((s) => s >= t).length / chance.length;
    console.log(
      `threshold ${t}: ${(truePass * 100).toFixed(0)} % of true pairs pass, ` +
        `${(chancePass * 100).toFixed(1)} % of all ${chance.length} pairs (p95 ${quantile(chance, 0.95).toFixed(3)})`,
    );
    expect(truePass).toBeGreaterThanOrEqual(0.9);
    expect(chancePass).toBeLessThanOrEqual(0.06);
  });

  it("give every match shared terms that both measures' texts contain", () => {
    for (const groups of map.values()) {
      for (const g of groups)
        for (const match of g.matches) expect(match.terms.length).toBeGreaterThan(0);
    }
  });
});
