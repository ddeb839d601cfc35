import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSearchKey } from "./key.ts";
import { toPagefindQuery } from "./query.ts";
import { bucketPath, cardPath, type SiteIndexManifest } from "./site-index.ts";
import { bucketCount, SiteIndexBuilder } from "./site-index-build.ts";
import { SiteIndexSearch } from "./site-index-client.ts";
import { documentTokens } from "./tokens.ts";

interface Doc {
  title: string;
  body: string[];
}

/** Build an index of `docs` in memory, written as build:search writes it, and a reader over it. */
function indexOf(
  docs: readonly Doc[],
  buckets?: number,
): SiteIndexSearch & { files: Map<string, Buffer> } {
  const builder = new SiteIndexBuilder();
  const files = new Map<string, Buffer>();
  const base = "/pagefind/site/";
  docs.forEach((doc, i) => {
    const ordinal = builder.add(documentTokens([doc.title]), documentTokens(doc.body));
    expect(ordinal).toBe(i);
    const card = { url: `/m/${i}/`, meta: { title: doc.title } };
    files.set(`${base}${cardPath(i)}`, gzipSync(JSON.stringify(card)));
  });
  const count = buckets ?? builder.plannedBuckets();
  for (const [b, bytes] of builder.buckets(count))
    files.set(`${base}${bucketPath(b)}`, gzipSync(bytes));
  const manifest: SiteIndexManifest = { base, buckets: count, measures: docs.length };
  const index = new SiteIndexSearch(manifest, async (path) => {
    const file = files.get(path);
    return file ? new Response(new Uint8Array(file)) : new Response(null, { status: 404 });
  });
  return Object.assign(index, { files });
}

async function urls(index: SiteIndexSearch, query: string): Promise<string[]> {
  const term = toPagefindQuery(query);
  if (term === null) return [];
  const response = await index.search(term);
  return Promise.all(response.results.map(async (r) => (await r.data()).url));
}

/** What a search promises: every measure with each query word somewhere in one field. */
function bruteForce(docs: readonly Doc[], query: string): string[] {
  const words = query.split(" ").filter(Boolean).map(toSearchKey);
  return docs
    .map((d, i) => ({ fields: [d.title, ...d.body].map(toSearchKey), url: `/m/${i}/` }))
    .filter((d) => words.every((w) => d.fields.some((f) => f.includes(w))))
    .map((d) => d.url);
}

const DOCS: Doc[] = [
  { title: "ゲートキーパー養成講座", body: ["市民向けに講座を開催した", "健康推進課"] },
  { title: "相談窓口の周知", body: ["ゲートキーパーの役割をリーフレットで周知", "保健相談所"] },
  { title: "納税相談", body: ["税の相談を受けた"] },
  { title: "子どもの居場所", body: ["こども食堂を支援した"] },
];

describe("the whole-site index, built and read back", () => {
  it("finds the measures that contain the query, title matches first", async () => {
    expect(await urls(indexOf(DOCS), "ゲートキーパー")).toEqual(["/m/0/", "/m/1/"]);
    expect((await urls(indexOf(DOCS), "相談")).sort()).toEqual(["/m/1/", "/m/2/"]);
  });
  it("answers a one-character query with every measure holding that character", async () => {
    expect(await urls(indexOf(DOCS), "税")).toEqual(["/m/2/"]);
  });
  it("folds spelling variants as the pages' words are folded", async () => {
    expect(await urls(indexOf(DOCS), "子供")).toEqual(["/m/3/"]);
  });
  it("returns nothing for a word no measure has", async () => {
    expect(await urls(indexOf(DOCS), "存在しない")).toEqual([]);
  });
  it("writes every bucket, an empty one too, and finds nothing in an empty one", async () => {
    // 64 buckets for five measures: most hold no word, yet each has its file.
    const index = indexOf(DOCS, 64);
    expect(index.files.size).toBe(64 + DOCS.length);
    expect(await urls(index, "ゲートキーパー")).toEqual(["/m/0/", "/m/1/"]);
    expect(await urls(index, "存在しない")).toEqual([]);
  });
  it("fails, naming the file, when a bucket file is missing, instead of finding nothing", async () => {
    const index = indexOf(DOCS, 64);
    for (const path of index.files.keys()) if (path.includes("/w/")) index.files.delete(path);
    await expect(urls(index, "相談")).rejects.toThrow(
      /search index: \/pagefind\/site\/w\/.* answered 404/u,
    );
  });
  it("loads a result's card, with its url and metadata", async () => {
    const response = await indexOf(DOCS).search(toPagefindQuery("納税") as string);
    const data = await response.results[0]?.data();
    expect(data).toMatchObject({ url: "/m/2/", meta: { title: "納税相談" } });
    expect(response.unfilteredResultCount).toBe(1);
  });
  it("has every result a brute-force substring search has, over random texts", async () => {
    const chars = fc.constantFrom(..."自殺対策相談窓口子どもこ供");
    const text = fc.array(chars, { minLength: 1, maxLength: 12 }).map((a) => a.join(""));
    const doc = fc.record({ title: text, body: fc.array(text, { maxLength: 3 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 30 }), text, async (docs, q) => {
        const got = new Set(await urls(indexOf(docs), q));
        for (const url of bruteForce(docs, q)) expect(got.has(url)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("bucketCount", () => {
  it("grows with the index, a power of two, so a query's files stay small", () => {
    expect(bucketCount(0, 0)).toBe(1);
    const small = bucketCount(100_000, 5_000);
    const large = bucketCount(20_000_000, 60_000);
    expect(large).toBeGreaterThan(small);
    expect(Math.log2(large) % 1).toBe(0);
  });
});
