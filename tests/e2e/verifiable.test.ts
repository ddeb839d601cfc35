/**
 * Checks over dist/ for what makes the site verifiable and citable: no placeholder host in any
 * published file, a share image for every measure and plan, a sitemap entry for every page,
 * source pages that print every line of their file, citation files, no inline script or style.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { SourceManifestSchema } from "../../src/schemas/source.ts";
import { planSharePngUrl, sharePngUrl } from "../../src/lib/share-image-paths.ts";
import { sourcePageUrl, sourceTextUrl } from "../../src/lib/source-view.ts";
import { DIST, listFiles, listPages, readDataset, readPage } from "./site.ts";

const manifest = SourceManifestSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../data/sources/manifest.json"), "utf8")),
);
let dataset: Dataset;
let pages: string[];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("latin1"), file).toBe("PNG");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

beforeAll(async () => {
  dataset = await readDataset();
  pages = await listPages();
});

describe("dist/ is verifiable and citable", () => {
  it("names no placeholder host in any published text file", async () => {
    const placeholder = /\bexample\.(?:jp|com|org|net)\b|\bshisaku\.example\b|your\.domain/i;
    const found: string[] = [];
    for (const file of await listFiles()) {
      if (!/\.(?:html|xml|json|csv|txt|js|css|svg|bib|webmanifest)$|\/_headers$/.test(file))
        continue;
      let text = await readFile(join(DIST, file), "utf8");
      // pagefind's own script resolves relative URLs against a dummy base; it never requests it.
      if (file.startsWith("/pagefind/")) {
        text = text
          .replaceAll("new URL(`https://example.com${", "")
          .replaceAll("replace(/^https:\\/\\/example.com/,", "");
      }
      const m = placeholder.exec(text);
      if (m) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it("has a 1200×630 share image for every measure and plan, named by its page", async () => {
    const wanted = [
      ...dataset.measures.map((m) => ({ page: m.url, png: sharePngUrl(m.id) })),
      ...dataset.plans.map((p) => ({
        page: `/${p.municipality}/${p.id}/`,
        png: planSharePngUrl(p.municipality, p.id),
      })),
    ];
    const problems: string[] = [];
    for (const { page, png } of wanted) {
      const file = join(DIST, png);
      if (!existsSync(file)) {
        problems.push(`${png}: missing`);
        continue;
      }
      const { width, height } = pngSize(file);
      if (width !== 1200 || height !== 630) problems.push(`${png}: ${width}×${height}`);
      const html = await readPage(page);
      const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (!og || new URL(og).pathname !== png) problems.push(`${page}: og:image ${og}`);
    }
    expect(problems).toEqual([]);
  });

  it("lists every page in the sitemap, on the same origin as the canonical URLs", async () => {
    const index = await readFile(join(DIST, "sitemap-index.xml"), "utf8");
    let locs: string[] = [];
    for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const xml = await readFile(join(DIST, new URL(sitemap!).pathname), "utf8");
      locs = locs.concat([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(await readPage("/"))?.[1];
    const origin = new URL(canonical!).origin;
    const listed = new Set(locs.map((l) => decodeURI(new URL(l).pathname)));
    expect(locs.every((l) => new URL(l).origin === origin)).toBe(true);
    const missing = pages.filter((p) => p !== "/404.html" && !listed.has(p));
    expect(missing).toEqual([]);
    expect(await readFile(join(DIST, "robots.txt"), "utf8")).toContain(
      `Sitemap: ${origin}/sitemap-index.xml`,
    );
  });

  it("has no inline script or style, so the Content-Security-Policy holds", async () => {
    const inline: string[] = [];
    for (const page of pages) {
      const html = await readPage(page);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\ssrc="/.test(tag) && !/type="application\/ld\+json"/.test(tag))
          inline.push(`${page}: ${tag}`);
      }
      if (/<style\b/.test(html)) inline.push(`${page}: <style>`);
      if (/<[a-z][^<>]*\sstyle="/.test(html)) inline.push(`${page}: style attribute`);
      if (/<[a-z][^<>]*\son[a-z]+="/.test(html)) inline.push(`${page}: event handler attribute`);
    }
    expect(inline).toEqual([]);
    const headers = await readFile(join(DIST, "_headers"), "utf8");
    expect(headers).toMatch(/Content-Security-Policy: .*script-src 'self' 'wasm-unsafe-eval'/);
  });

  it("prints every line of every source with its anchor, and publishes the file unchanged", async () => {
    for (const s of manifest.sources) {
      const raw = readFileSync(join(DIST, sourceTextUrl(s.file)));
      expect(createHash("sha256").update(raw).digest("hex"), s.file).toBe(s.sha256);
      const html = await readPage(sourcePageUrl(s.file));
      const ids = [...html.matchAll(/<li id="L(\d+)">/g)].map((m) => Number(m[1]));
      expect(ids.length, s.file).toBe(s.lineCount);
      expect(
        ids.every((n, i) => n === i + 1),
        s.file,
      ).toBe(true);
      expect(html).toContain(s.sha256);
      if (!s.publication?.url) expect(html).toContain("原資料のURLは確認できていません");
    }
  });

  it("links each measure to its source range and publishes its BibTeX and CSL-JSON", async () => {
    const problems: string[] = [];
    for (const m of dataset.measures) {
      const html = await readPage(m.url);
      const [from, to] = m.source.lines;
      const href = `${sourcePageUrl(m.source.file)}${from === to ? "" : `?lines=${from}-${to}`}#L${from}`;
      if (!html.includes(`href="${href}"`)) problems.push(`${m.url}: no link to ${href}`);
      for (const y of m.years) {
        if (!html.includes(`href="#fy${y.fiscalYear}"`))
          problems.push(`${m.url}: no #fy${y.fiscalYear} link`);
      }
      if (!html.includes("閲覧日を書き添えてください"))
        problems.push(`${m.url}: access date frozen`);
      const base = `/cite/${m.municipality}/${m.plan}/${m.code}`;
      const bib = await readFile(join(DIST, `${base}.bib`), "utf8").catch(() => "");
      if (!bib.includes(`url = {${new URL(m.url, "http://x").pathname}`) && !bib.includes(m.url))
        problems.push(`${base}.bib: missing or without the permalink`);
      const csl = JSON.parse(await readFile(join(DIST, `${base}.csl.json`), "utf8")) as unknown[];
      if (csl.length !== m.years.length + 1) problems.push(`${base}.csl.json: ${csl.length} items`);
    }
    expect(problems).toEqual([]);
  });

  it("states the data version and licence in measures.json and every page footer", async () => {
    expect(dataset.dataVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(dataset.license.id).toBe("CC-BY-4.0");
    for (const page of pages) {
      expect(await readPage(page), page).toContain(dataset.dataVersion);
    }
    expect(await readFile(join(DIST, "changes.xml"), "utf8")).toContain(dataset.dataVersion);
  });
});
