/**
 * The site `npm test` checks is built in two shards and merged (scripts/build-site.ts). This
 * builds the same project in one process, in a copy, and requires the same published files with
 * the same bytes: a shard that forgot a page, or wrote one differently, shows here. Only the
 * sitemap files are named per shard; they must list the same pages.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyProject } from "../../scripts/bench/scale.ts";
import { DIST, listFiles } from "./site.ts";

const ROOT = join(import.meta.dirname, "../..");
/** Written by the steps after build:site (share images, search index), which are not sharded. */
const LATER_STEPS = /^\/(og|pagefind)\//u;
const SITEMAP = /^\/sitemap-[\d-]*(index)?\.xml$|^\/sitemap-index\.xml$/u;

async function files(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => !LATER_STEPS.test(f));
}

async function sitemapUrls(dir: string): Promise<string[]> {
  return (await files(dir))
    .filter((f) => SITEMAP.test(f) && !f.includes("index"))
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/<loc>([^<]+)<\/loc>/gu)])
    .map((m) => m[1]!)
    .sort();
}

describe("the sharded build", () => {
  let copy = "";
  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), "shisaku-one-shard-"));
    copyProject(ROOT, copy);
    execFileSync(process.execPath, ["scripts/build-site.ts", "--shards", "1"], {
      cwd: copy,
      stdio: "ignore",
    });
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("publishes the same files, byte for byte, as a build in one process", async () => {
    const one = join(copy, "dist");
    const sharded = (await files(DIST)).filter((f) => !SITEMAP.test(f));
    expect(sharded).toEqual((await files(one)).filter((f) => !SITEMAP.test(f)));
    const differing = sharded.filter(
      (f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(one, f))),
    );
    expect(differing).toEqual([]);
  });

  it("lists the same pages in its sitemaps, each once, from one sitemap index", async () => {
    const urls = await sitemapUrls(DIST);
    expect(urls).toEqual(await sitemapUrls(join(copy, "dist")));
    expect(new Set(urls).size).toBe(urls.length);
    expect((await files(DIST)).filter((f) => f.includes("index") && SITEMAP.test(f))).toEqual([
      "/sitemap-index.xml",
    ]);
  });
});
