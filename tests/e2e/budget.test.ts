/**
 * The measure-page budget (docs/architecture.md#tests): ≤ 20 KB gzip of HTML + its CSS, and no JS beyond the
 * small progressive-enhancement scripts below (the pages work without them: pages.test.ts runs
 * with JS off). Measured on the largest measure page; the figures are printed for the bench report.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DIST, listPages, readDataset, readPage } from "./site.ts";

const LIMIT = 20 * 1024;
/** External scripts allowed outside /search/, by the pages that may load them. */
const ENHANCEMENTS: Record<string, RegExp> = {
  // fills the reader's access date into citations and adds copy buttons (measure pages)
  "/cite.js": /^\/[a-z]+\/[a-z0-9-]+\/[A-Za-z0-9-]+\/$/,
  // marks a cited range of lines (source pages)
  "/source-lines.js": /^\/sources\/[\w.-]+\/$/,
};
const ENHANCEMENT_LIMIT = 2 * 1024;

async function pageWeight(path: string): Promise<{ html: number; css: number; js: number }> {
  const html = await readPage(path);
  let css = 0;
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    css += gzipSync(await readFile(join(DIST, href as string))).length;
  }
  let js = 0;
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g))
    js += (await stat(join(DIST, src as string))).size;
  js += [
    ...html.matchAll(
      /<script\b(?![^>]*type="application\/(?:ld\+)?json")[^>]*>[\s\S]*?<\/script>/g,
    ),
  ].length;
  return { html: gzipSync(html).length, css, js };
}

describe("page weight", () => {
  it("keeps the largest measure page within 20 KB gzip (HTML + CSS) and 2 KB of script", async () => {
    const { measures } = await readDataset();
    const sizes = await Promise.all(
      measures.map(async (m) => ({ url: m.url, bytes: gzipSync(await readPage(m.url)).length })),
    );
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
    expect(largest).toBeDefined();
    const w = await pageWeight(largest!.url);
    console.log(
      `largest measure page ${largest!.url}: HTML ${w.html} B + CSS ${w.css} B gzip = ${w.html + w.css} B; JS ${w.js} B`,
    );
    expect(w.html + w.css).toBeLessThanOrEqual(LIMIT);
    expect(w.js).toBeLessThanOrEqual(ENHANCEMENT_LIMIT);
  });

  it("ships no script except the search page's and small, allowed enhancements", async () => {
    const withJs: string[] = [];
    for (const p of await listPages()) {
      if (p.startsWith("/search/")) continue;
      for (const [tag] of (await readPage(p)).matchAll(/<script\b[^>]*>/g)) {
        if (/type="application\/ld\+json"/.test(tag)) continue; // data, not code
        const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
        if (!src || !ENHANCEMENTS[src]?.test(p)) withJs.push(`${p}: ${tag}`);
      }
    }
    expect(withJs).toEqual([]);
    for (const src of Object.keys(ENHANCEMENTS)) {
      expect(gzipSync(await readFile(join(DIST, src))).length, src).toBeLessThanOrEqual(
        ENHANCEMENT_LIMIT,
      );
    }
  });
});
