/**
 * npm run bench — prints numbers, asserts nothing: build time per page against a bare-Astro
 * floor site with the same number of pages (a ratio), and page weight per page type.
 * Run on an idle machine; both builds use the same Node, Astro and concurrency.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { listPages } from "../../tests/e2e/site.ts";
import { weighPage, type PageWeight } from "./page-weight.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const ASTRO = join(ROOT, "node_modules/.bin/astro");

function timeBuild(cwd: string): number {
  const started = process.hrtime.bigint();
  execFileSync(ASTRO, ["build", "--silent"], { cwd, stdio: "inherit" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** A bare Astro site with `pages` trivial pages: the floor our build time is compared with. */
function buildFloor(pages: number): number {
  const dir = join(ROOT, "tests/output/bench-floor");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/p"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(dir, "astro.config.mjs"), "export default { build: { concurrency: 1 } };\n");
  writeFileSync(
    join(dir, "src/pages/p/[n].astro"),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\n---\n<html lang="ja"><head><title>{Astro.params.n}</title></head><body><h1>{Astro.params.n}</h1></body></html>\n`,
  );
  return timeBuild(dir);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const siteMs = timeBuild(ROOT);
const pages = await listPages();
const floorMs = buildFloor(pages.length);
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
