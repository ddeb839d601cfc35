/**
 * npm run bench — prints numbers, asserts nothing: build time per page against a bare-Astro
 * floor site with the same number of pages (a ratio), and page weight per page type.
 * `npm run bench -- --scale N` runs the scale benchmark instead (scripts/bench/scale.ts);
 * add `--shards K` to fix the site build's shards and `--drop-caches` (root) to start each timed
 * build with empty kernel caches.
 * Run on an idle machine; both builds use the same Node, Astro and concurrency.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { listPages } from "../../tests/e2e/site.ts";
import { buildFloor, timeAstroBuild } from "./floor.ts";
import { weighPage, type PageWeight } from "./page-weight.ts";
import { printSearch, runScale, searchCosts } from "./scale.ts";

const ROOT = resolve(import.meta.dirname, "../..");

// `npm run bench -- --scale N`: the scale benchmark (synthetic N× site, every step measured).
const { values } = parseArgs({
  options: {
    scale: { type: "string" },
    search: { type: "string" },
    shards: { type: "string" },
    "drop-caches": { type: "boolean", default: false },
  },
  strict: false,
});
// `npm run bench -- --search dist`: only the first-search bytes of an existing build.
if (values.search !== undefined) {
  printSearch(await searchCosts(resolve(String(values.search))));
  process.exit(0);
}
if (values.scale !== undefined) {
  const scales = String(values.scale).split(",").map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) {
    console.error(
      `bench: --scale takes whole numbers ≥ 1 (e.g. 10 or 1,10,40), not ${values.scale}`,
    );
    process.exit(2);
  }
  const shards = values.shards === undefined ? undefined : Number(values.shards);
  if (shards !== undefined && (!Number.isInteger(shards) || shards < 1)) {
    console.error(`bench: --shards takes a whole number ≥ 1, not ${values.shards}`);
    process.exit(2);
  }
  await runScale(ROOT, scales, {
    ...(shards === undefined ? {} : { shards }),
    dropCaches: values["drop-caches"] === true,
  });
  process.exit(0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const siteMs = timeAstroBuild(ROOT, ROOT);
const pages = await listPages();
const floorMs = buildFloor(ROOT, join(ROOT, "tests/output/bench-floor"), pages.length);
console.log(`pages: ${pages.length}`);
console.log(
  `build: ${(siteMs / 1000).toFixed(1)} s, ${(siteMs / pages.length).toFixed(1)} ms/page`,
);
console.log(
  `floor (bare Astro, same page count): ${(floorMs / 1000).toFixed(1)} s, ${(floorMs / pages.length).toFixed(1)} ms/page`,
);
console.log(`ratio site/floor: ${(siteMs / floorMs).toFixed(2)}`);

const weights: PageWeight[] = [];
for (const page of pages) weights.push(await weighPage(join(ROOT, "dist"), page));
console.log("\npage type     pages  HTML+CSS gzip median / max   JS gzip max");
for (const type of [...new Set(weights.map((w) => w.type))].sort()) {
  const of = weights.filter((w) => w.type === type);
  const html = of.map((w) => w.htmlCssGzip);
  console.log(
    `${type.padEnd(12)} ${String(of.length).padStart(6)}  ${(median(html) / 1024).toFixed(1).padStart(8)} KB / ${(Math.max(...html) / 1024).toFixed(1)} KB   ${(Math.max(...of.map((w) => w.jsGzip)) / 1024).toFixed(1)} KB`,
  );
}
