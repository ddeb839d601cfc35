import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeShardInto, mergeSitemapIndexes, writeSitemapIndex } from "./shard-merge.ts";

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "shard-merge-"));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  }
  return root;
}

describe("mergeShardInto", () => {
  it("moves a shard's own pages in and drops its copies of shared and placeholder files", async () => {
    const into = tree({
      "index.html": "<h1>home</h1>",
      "_astro/site.css": "a{}",
      "data/measures.json": "[1,2]",
      "nerima/index.html": "練馬区",
    });
    const from = tree({
      "index.html": "<h1>home</h1>",
      "_astro/site.css": "a{}",
      "data/measures.json": "",
      "koganei/index.html": "小金井市",
      "koganei/plan/1/index.html": "1",
      "data/tables/koganei/plan.csv": "a,b",
    });
    const report = await mergeShardInto(from, into);
    expect(readFileSync(join(into, "koganei/plan/1/index.html"), "utf8")).toBe("1");
    expect(readFileSync(join(into, "data/tables/koganei/plan.csv"), "utf8")).toBe("a,b");
    // The site-wide file keeps shard 0's body, not the placeholder.
    expect(readFileSync(join(into, "data/measures.json"), "utf8")).toBe("[1,2]");
    expect(readFileSync(join(into, "nerima/index.html"), "utf8")).toBe("練馬区");
    // koganei/ and data/tables/ move by one rename each.
    expect(report).toEqual({ moved: 2, dropped: 3 });
  });

  it("stops, naming the file, when two shards wrote different bodies for one path", async () => {
    const into = tree({ "_astro/site.css": "a{}" });
    const from = tree({ "_astro/site.css": "b{}" });
    await expect(mergeShardInto(from, into)).rejects.toThrow(/\/_astro\/site\.css differs/u);
  });

  it("stops when a path is a folder in one shard and a file in another", async () => {
    const into = tree({ "nerima/index.html": "x" });
    const from = tree({ nerima: "x" });
    await expect(mergeShardInto(from, into)).rejects.toThrow(/\/nerima is a folder in one/u);
  });
});

describe("sitemap index", () => {
  const index = (...files: string[]): string =>
    '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    files.map((f) => `<sitemap><loc>https://example.org/${f}</loc></sitemap>`).join("") +
    "</sitemapindex>";

  it("lists every shard's sitemap files in one index", () => {
    const merged = mergeSitemapIndexes([
      index("sitemap-0-0.xml"),
      index("sitemap-1-0.xml", "sitemap-1-1.xml"),
    ]);
    expect([...merged.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1])).toEqual([
      "https://example.org/sitemap-0-0.xml",
      "https://example.org/sitemap-1-0.xml",
      "https://example.org/sitemap-1-1.xml",
    ]);
    expect(merged).toMatch(
      /^<\?xml[^>]+\?><sitemapindex xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9">/u,
    );
  });

  it("replaces the shards' index files by sitemap-index.xml", async () => {
    const dir = tree({
      "sitemap-0-index.xml": index("sitemap-0-0.xml"),
      "sitemap-1-index.xml": index("sitemap-1-0.xml"),
      "sitemap-0-0.xml": "<urlset/>",
      "sitemap-1-0.xml": "<urlset/>",
    });
    await writeSitemapIndex(dir, 2);
    expect(readdirSync(dir).sort()).toEqual([
      "sitemap-0-0.xml",
      "sitemap-1-0.xml",
      "sitemap-index.xml",
    ]);
    expect(readFileSync(join(dir, "sitemap-index.xml"), "utf8")).toContain("sitemap-1-0.xml");
  });
});
