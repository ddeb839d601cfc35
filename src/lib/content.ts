/**
 * The site's data, read from data/ once per build: typed, sorted lists for the pages. Pages never
 * read data/ or filter lists themselves.
 *
 * The files are read directly, not through Astro's content collections: a content collection
 * keeps a serialized copy of every entry in its data store and bundles it into the build, a
 * second copy of the whole site's data held in memory, which made the build slow down per page
 * as the site grew (docs/scale.md). Each file is validated by its one schema here, and a file
 * that does not fit stops the build with its path and the JSON path of the first problem.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { CategoriesFileSchema, type Category, type CategoryRule } from "../schemas/category.ts";
import type { Measure } from "../schemas/measure.ts";
import {
  MunicipalitiesFileSchema,
  requireMunicipality,
  type Municipality,
} from "../schemas/municipality.ts";
import type { Plan, Exclusion } from "../schemas/plan.ts";
import { SourceManifestSchema, type SourceManifestEntry } from "../schemas/source.ts";
import { compareCodes } from "./codes.ts";
import { readPlanFiles } from "./data-files.ts";
import { measureIndex } from "./measure-index.ts";

export type SitePlan = Omit<Plan, "id"> & { id: string; slug: string; excluded: Exclusion[] };

/** data/ of the project being built (npm scripts and astro run from the project's root). */
const dataDir = (): string => join(process.cwd(), "data");

/** Read and validate data/<name>; a file that does not fit names itself and the JSON path. */
async function readDataFile<S extends z.ZodType>(name: string, schema: S): Promise<z.output<S>> {
  const path = join(dataDir(), name);
  const parsed = schema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `data/${name}: ${issue?.path.join(".") || "(top)"}: ${issue?.message} (run npm run data:check)`,
    );
  }
  return parsed.data;
}

/** Plans in municipality order, suicide-prevention before strategic, newest period first. */
function sortPlans(plans: SitePlan[], municipalities: readonly Municipality[]): SitePlan[] {
  const order = (id: string, where: string): number =>
    municipalities.indexOf(requireMunicipality(municipalities, id, where));
  return plans.sort(
    (a, b) =>
      order(a.municipality, `plan ${a.id}`) - order(b.municipality, `plan ${b.id}`) ||
      a.kind.localeCompare(b.kind) ||
      Math.max(...b.fiscalYears) - Math.max(...a.fiscalYears) ||
      a.slug.localeCompare(b.slug),
  );
}

/** Every measure, in plan order then printed-code order. */
function sortMeasures(measures: Measure[]): Measure[] {
  return measures.sort(
    (a, b) =>
      a.municipality.localeCompare(b.municipality) ||
      a.plan.localeCompare(b.plan) ||
      compareCodes(a.code, b.code),
  );
}

/** Everything a page may need, loaded once per build. */
export interface SiteData {
  municipalities: Municipality[];
  plans: SitePlan[];
  measures: Measure[];
  categories: Category[];
  categoryRules: CategoryRule[];
  sources: SourceManifestEntry[];
}

let siteData: Promise<SiteData> | undefined;

/**
 * Loaded once per build and shared by every page (each getStaticPaths and component asks for
 * it); in dev, read afresh so edited data shows up.
 */
export function getSiteData(): Promise<SiteData> {
  if (import.meta.env?.DEV) return loadSiteData();
  siteData ??= loadSiteData();
  return siteData;
}

async function loadSiteData(): Promise<SiteData> {
  // data/municipalities.json is the one place a municipality is defined; its order is the site's.
  const { municipalities } = await readDataFile("municipalities.json", MunicipalitiesFileSchema);
  // Categories and rules keep the file's order (the national guideline's).
  const { categories, rules } = await readDataFile("categories.json", CategoriesFileSchema);
  const { sources } = await readDataFile("sources/manifest.json", SourceManifestSchema);
  const files = await readPlanFiles(dataDir());
  return {
    municipalities,
    plans: sortPlans(
      files.map((file) => ({
        ...file.plan,
        // municipality/plan: plan slugs repeat across municipalities.
        id: `${file.plan.municipality}/${file.plan.id}`,
        slug: file.plan.id,
        excluded: file.excluded,
      })),
      municipalities,
    ),
    measures: sortMeasures(files.flatMap((file) => file.measures)),
    categories,
    categoryRules: rules,
    sources,
  };
}

export const getMunicipalities = async (): Promise<Municipality[]> =>
  (await getSiteData()).municipalities;
export const getPlans = async (): Promise<SitePlan[]> => (await getSiteData()).plans;
export const getMeasures = async (): Promise<Measure[]> => (await getSiteData()).measures;
export const getSources = async (): Promise<SourceManifestEntry[]> => (await getSiteData()).sources;

export function findPlan(site: SiteData, municipality: string, slug: string): SitePlan {
  const plan = site.plans.find((p) => p.municipality === municipality && p.slug === slug);
  if (!plan) throw new Error(`no plan ${municipality}/${slug}`);
  return plan;
}

export function findMunicipality(site: SiteData, id: string): Municipality {
  return requireMunicipality(site.municipalities, id, "site data");
}

export function measuresOfPlan(site: SiteData, plan: SitePlan): Measure[] {
  return [...(measureIndex(site.measures).byPlan.get(`${plan.municipality}/${plan.slug}`) ?? [])];
}

export function findSource(site: SiteData, file: string): SourceManifestEntry | undefined {
  return site.sources.find((s) => s.file === file);
}
