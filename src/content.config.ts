import { readFile } from "node:fs/promises";
import { defineCollection } from "astro:content";
import { z } from "zod";
import { readPlanFiles } from "./lib/data-files.ts";
import { CategoriesFileSchema, CategoryRuleSchema, CategorySchema } from "./schemas/category.ts";
import { MeasureSchema } from "./schemas/measure.ts";
import { MunicipalitiesFileSchema, MunicipalitySchema } from "./schemas/municipality.ts";
import { PlanSchema } from "./schemas/plan.ts";
import { SourceManifestEntrySchema, SourceManifestSchema } from "./schemas/source.ts";

const DATA = new URL("../data/", import.meta.url);

async function readJson(rel: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(rel, DATA), "utf8"));
}

const measures = defineCollection({
  loader: async () => (await readPlanFiles(DATA.pathname)).flatMap((file) => file.measures),
  schema: MeasureSchema,
});

const plans = defineCollection({
  loader: async () =>
    (await readPlanFiles(DATA.pathname)).map((file) => ({
      ...file.plan,
      id: `${file.plan.municipality}/${file.plan.id}`,
      slug: file.plan.id,
      excluded: file.excluded,
    })),
  // The entry id is municipality/plan (plan slugs repeat across municipalities).
  schema: PlanSchema.extend({
    id: z.string(),
    slug: z.string(),
    excluded: z.array(
      z.object({ code: z.string(), lines: z.tuple([z.number(), z.number()]), reason: z.string() }),
    ),
  }),
});

// data/municipalities.json is the one place a municipality is defined; its order is the site's.
const municipalities = defineCollection({
  loader: async () =>
    MunicipalitiesFileSchema.parse(await readJson("municipalities.json")).municipalities.map(
      (m, order) => ({ ...m, order }),
    ),
  schema: MunicipalitySchema.extend({ order: z.number().int() }),
});

// Collections come back sorted by id; `order` keeps the file's order (the national guideline's).
const categories = defineCollection({
  loader: async () =>
    CategoriesFileSchema.parse(await readJson("categories.json")).categories.map((c, order) => ({
      ...c,
      order,
    })),
  schema: CategorySchema.extend({ order: z.number().int() }),
});

// The section → category mapping with its reasons, shown on the compare pages. Rules have no id
// of their own: the entry id is municipality/plan/section (or measure code).
const categoryRules = defineCollection({
  loader: async () =>
    CategoriesFileSchema.parse(await readJson("categories.json")).rules.map((r, order) => ({
      ...r,
      id: `${r.municipality}/${r.plan}/${r.section ?? `measure-${r.measure}`}`,
      order,
    })),
  schema: CategoryRuleSchema.extend({ order: z.number().int() }),
});

const sources = defineCollection({
  loader: async () =>
    SourceManifestSchema.parse(await readJson("sources/manifest.json")).sources.map((s) => ({
      ...s,
      id: s.file,
    })),
  schema: SourceManifestEntrySchema,
});

export const collections = { measures, plans, municipalities, categories, categoryRules, sources };
