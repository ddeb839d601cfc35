/**
 * The bare-Astro floor: a site with the same number of trivial pages, built with the same Node,
 * Astro and concurrency. Our build time is reported as a ratio to it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function timeAstroBuild(root: string, cwd: string): number {
  const started = process.hrtime.bigint();
  execFileSync(join(root, "node_modules/.bin/astro"), ["build", "--silent"], {
    cwd,
    stdio: "inherit",
  });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Build a bare Astro site with `pages` trivial pages in `dir`; returns the wall time in ms.
 * `beforeTiming` runs once the site is written, just before the timed build.
 */
export function buildFloor(
  root: string,
  dir: string,
  pages: number,
  beforeTiming: () => void = () => {},
): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "src/pages/p"), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  writeFileSync(join(dir, "astro.config.mjs"), "export default { build: { concurrency: 1 } };\n");
  writeFileSync(
    join(dir, "src/pages/p/[n].astro"),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\n---\n<html lang="ja"><head><title>{Astro.params.n}</title></head><body><h1>{Astro.params.n}</h1></body></html>\n`,
  );
  beforeTiming();
  return timeAstroBuild(root, dir);
}
