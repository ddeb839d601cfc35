/**
 * Prints how the counterpart method does on the hand-checked pairs: hit rates at top 1 and
 * top 3, the misses, and score quantiles of the true pairs against all cross-municipality pairs
 * (the evidence for the threshold). Run: npm run counterparts:report [-- --scale]
 */
import { allScores, buildCounterparts, COUNTERPART_DEFAULTS } from "../src/lib/counterparts.ts";
import { measureHitRates, quantile } from "../src/lib/counterpart-quality.ts";
import { loadComparableMeasures, loadCounterpartPairs } from "./lib/comparable-measures.ts";

const measures = loadComparableMeasures();
const pairs = loadCounterpartPairs();

const started = performance.now();
const map = buildCounterparts(measures);
const ms = performance.now() - started;
const rates = measureHitRates(map, pairs);
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
console.log(
  `${measures.length} measures, ${pairs.length} pairs (${rates.queries} queries), built in ${ms.toFixed(0)} ms`,
);
console.log(`top 1: ${pct(rates.top1)}   top 3: ${pct(rates.top3)}`);
for (const miss of rates.misses) {
  console.log(`  miss ${miss.from} → ${miss.expected}; got ${miss.got.join(", ") || "nothing"}`);
}

const scores = allScores(measures);
const truePairs = pairs.map((p) => scores.get(p.a)?.get(p.b) ?? 0).sort((a, b) => a - b);
const others: number[] = [];
for (const a of measures) {
  for (const b of measures) {
    if (a.id >= b.id || a.municipality === b.municipality) continue;
    others.push(scores.get(a.id)?.get(b.id) ?? 0);
  }
}
others.sort((a, b) => a - b);
const show = (label: string, list: number[]): void => {
  const q = [0.05, 0.1, 0.25, 0.5, 0.9, 0.95, 0.99, 0.999]
    .map((s) => `p${s * 100}=${quantile(list, s).toFixed(3)}`)
    .join(" ");
  console.log(`${label} (${list.length}): ${q}`);
};
show("hand-checked pairs", truePairs);
show("all cross-municipality pairs", others);
const t = COUNTERPART_DEFAULTS.threshold;
console.log(
  `threshold ${t}: ${truePairs.filter((s) => s >= t).length}/${truePairs.length} true pairs at or above, ` +
    `${pct(others.filter((s) => s >= t).length / others.length)} of all pairs at or above`,
);
const shown = [...map.values()].flat().reduce((n, g) => n + g.matches.length, 0);
const withAny = [...map.values()].filter((g) => g.length > 0).length;
console.log(`${withAny}/${measures.length} measures have counterparts; ${shown} links in all`);

// --scale: the same measures copied k times (ids made unique) to see how the build time grows.
if (process.argv.includes("--scale")) {
  for (const k of [1, 4, 16]) {
    const copies = Array.from({ length: k }, (_, c) =>
      measures.map((m) => ({ ...m, id: `${m.id}-${c}` })),
    ).flat();
    const t0 = performance.now();
    buildCounterparts(copies);
    console.log(`scale: ${copies.length} measures in ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
