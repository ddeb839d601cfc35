/**
 * npm run build:search — the search index, as an explicit step, so an indexing error fails the
 * build instead of leaving a site without search.
 *
 * One record per measure page (src/lib/search/index-text.ts: bigram words, result metadata,
 * filters), built from data/ rather than from the served HTML. Records go into shards of whole
 * municipalities (src/lib/search/shards.ts), each indexed by its own pagefind run and written to
 * dist/pagefind/<shard>/, so the indexer's memory is bounded by the largest shard; the browser
 * reads dist/pagefind/shards.json and loads only the shards a search needs.
 */
import { copyFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { planDirs, readPlanFilesOf } from "../src/lib/data-files.ts";
import type { MeasureContext } from "../src/lib/search/fields.ts";
import { excerptText, measureTokens, searchRecordHtml } from "../src/lib/search/index-text.ts";
import { EXCERPT_META, searchMeta } from "../src/lib/search/meta.ts";
import { bucketPath, cardPath, type SiteIndexManifest } from "../src/lib/search/site-index.ts";
import { SiteIndexBuilder } from "../src/lib/search/site-index-build.ts";
import { planShards, SHARD_PAGES, toManifest, type SearchShard } from "../src/lib/search/shards.ts";
import { yearFieldLabels } from "../src/lib/format.ts";
import { CategoriesFileSchema } from "../src/schemas/category.ts";
import {
  MunicipalitiesFileSchema,
  requireMunicipality,
  type Municipality,
} from "../src/schemas/municipality.ts";

const SITE = "dist";
const DATA = "data";
const OUT = join(SITE, "pagefind");
/** The whole-site term index for unfiltered searches (src/lib/search/site-index.ts). */
const SITE_INDEX = "site";
/** Files pagefind writes that the site never loads (its own UIs). */
const UNUSED = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
];

/**
 * Index chunk size (pagefind counts postings, not bytes; its default is about 4× this). Every
 * word of a query loads the chunk that holds it, and a bigram query has several words, so
 * small chunks keep a first search light; the cost is a longer chunk list in the shard's
 * metadata. pagefind reads it from the environment under an "unstable" name (pagefind 1.6.0,
 * pinned in package-lock.json); without it the index still works, with heavier chunks.
 */
const INDEX_CHUNK_SIZE = "2000";

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}

/**
 * Files are gzipped here, as pagefind's are, and unzipped by the browser (DecompressionStream):
 * a first search weighs the same on any static host, whether or not it compresses.
 */
async function writeGzip(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, gzipSync(bytes, { level: 9 }));
}

async function indexShard(
  shard: SearchShard,
  registry: ReadonlyMap<string, Municipality>,
  categoryLabels: Map<string, string>,
  site: SiteIndexBuilder,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ja" });
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  let count = 0;
  for (const municipality of shard.municipalities) {
    for (const file of await readPlanFilesOf(DATA, municipality)) {
      const context = (m: { category: string | null }): MeasureContext => ({
        municipalityName: registry.get(municipality)?.name ?? "",
        yearLabels: yearFieldLabels(
          requireMunicipality([...registry.values()], municipality, `data/${municipality}/`),
        ),
        planTitle: file.plan.title,
        categoryLabel: m.category === null ? null : (categoryLabels.get(m.category) ?? null),
      });
      for (const measure of file.measures) {
        const page = join(SITE, measure.url, "index.html");
        await stat(page).catch(() => {
          throw new Error(`${page}: no page for measure ${measure.id}`);
        });
        const ctx = context(measure);
        const tokens = measureTokens(measure, ctx);
        const added = await index.addHTMLFile({
          url: measure.url,
          content: searchRecordHtml(measure, ctx, tokens),
        });
        if (added.errors.length > 0) throw new Error(`${measure.id}: ${added.errors.join("; ")}`);
        // The same words and result metadata, into the whole-site index and the measure's card.
        const ordinal = site.add(tokens.title, tokens.body);
        const meta = {
          ...searchMeta(measure, ctx),
          [EXCERPT_META]: excerptText(measure, ctx.yearLabels),
        };
        await writeGzip(
          join(OUT, SITE_INDEX, cardPath(ordinal)),
          JSON.stringify({ url: measure.url, meta }),
        );
        count += 1;
      }
    }
  }
  const dir = join(OUT, shard.id);
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) throw new Error(`pagefind writing: ${written.errors.join("; ")}`);
  // Stop the indexer: the next shard starts from an empty process, so memory stays bounded.
  await pagefind.close();
  await Promise.all(UNUSED.map((name) => rm(join(dir, name), { force: true })));
  return count;
}

async function main(): Promise<void> {
  process.env["PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE"] ??= INDEX_CHUNK_SIZE;
  const registry = MunicipalitiesFileSchema.parse(
    await readJson(join(DATA, "municipalities.json")),
  );
  const categories = CategoriesFileSchema.parse(await readJson(join(DATA, "categories.json")));
  const names = new Map(registry.municipalities.map((m) => [m.id, m]));
  const categoryLabels = new Map(categories.categories.map((c) => [c.id, c.label]));

  // 1. Pages per municipality (registry order; a data folder missing from it is an error).
  const dirs = new Set(await planDirs(DATA));
  for (const dir of dirs) {
    if (!names.has(dir)) throw new Error(`data/${dir}/: not in data/municipalities.json`);
  }
  const units = [];
  for (const { id, name } of registry.municipalities) {
    const files = dirs.has(id) ? await readPlanFilesOf(DATA, id) : [];
    units.push({ id, name, pages: files.reduce((n, f) => n + f.measures.length, 0) });
  }
  const budget = Number(process.env["SEARCH_SHARD_PAGES"] ?? SHARD_PAGES);
  const shards = planShards(units, budget);

  // 2. One pagefind run per shard, then the manifest and one shared copy of the loader.
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  let total = 0;
  const site = new SiteIndexBuilder();
  for (const shard of shards) total += await indexShard(shard, names, categoryLabels, site);

  // 3. The whole-site term index: one file per bucket of words, listed in the manifest.
  const buckets = site.plannedBuckets();
  let bucketFiles = 0;
  for (const [bucket, bytes] of site.buckets(buckets)) {
    await writeGzip(join(OUT, SITE_INDEX, bucketPath(bucket)), bytes);
    bucketFiles += 1;
  }
  const siteManifest: SiteIndexManifest = {
    base: `/pagefind/${SITE_INDEX}/`,
    buckets,
    measures: site.measures,
  };
  await writeFile(
    join(OUT, "shards.json"),
    `${JSON.stringify({ ...toManifest(shards), site: siteManifest })}\n`,
  );
  const first = shards[0];
  if (first) await copyFile(join(OUT, first.id, "pagefind.js"), join(OUT, "pagefind.js"));
  console.log(
    `build:search: indexed ${total} measure pages in ${shards.length} shard(s) of ≤ ${budget} pages into ${OUT}, and the whole-site index (${bucketFiles} word files of ${buckets} buckets, ${total} cards) into ${join(OUT, SITE_INDEX)}`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(`build:search: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => pagefind.close());
