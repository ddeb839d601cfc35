/**
 * npm run build:search — indexes the built site with pagefind as an explicit step, so an
 * indexing error fails the build instead of leaving a site without search.
 *
 * Only measure pages are indexed (their <article> carries data-pagefind-body). Each page goes
 * to pagefind with a block of bigram words added to the indexed copy only (see
 * src/lib/search/tokens.ts for why): the served HTML stays as built.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { CategoriesFileSchema } from "../src/schemas/category.ts";
import { DatasetSchema } from "../src/schemas/dataset.ts";
import type { MeasureContext } from "../src/lib/search/fields.ts";
import { tokenBlock, withTokenBlock } from "../src/lib/search/index-text.ts";

const SITE = "dist";

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}

async function main(): Promise<void> {
  // 1. The measures, as published, and the names shown with them.
  const dataset = DatasetSchema.parse(await readJson(join(SITE, "data/measures.json")));
  const categories = CategoriesFileSchema.parse(await readJson("data/categories.json"));
  const contextOf = (m: (typeof dataset.measures)[number]): MeasureContext => ({
    municipalityName: dataset.municipalities.find((x) => x.id === m.municipality)?.name ?? "",
    planTitle:
      dataset.plans.find((p) => p.municipality === m.municipality && p.id === m.plan)?.title ?? "",
    categoryLabel: categories.categories.find((c) => c.id === m.category)?.label ?? null,
  });

  // 2. One record per measure page: the built HTML plus its bigram block.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ja" });
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  for (const measure of dataset.measures) {
    const file = join(SITE, measure.url, "index.html");
    const html = await readFile(file, "utf8").catch(() => {
      throw new Error(`${file}: no page for measure ${measure.id}`);
    });
    const added = await index.addHTMLFile({
      url: measure.url,
      content: withTokenBlock(html, tokenBlock(measure, contextOf(measure))),
    });
    if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join("; ")}`);
  }

  // 3. Write the bundle.
  const written = await index.writeFiles({ outputPath: join(SITE, "pagefind") });
  if (written.errors.length > 0) throw new Error(`pagefind writing: ${written.errors.join("; ")}`);
  console.log(
    `build:search: indexed ${dataset.measures.length} measure pages into ${SITE}/pagefind`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(`build:search: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => pagefind.close());
