/**
 * The only caller of getCollection: typed, sorted lists for the pages. Pages never filter
 * collections themselves.
 */
import { getCollection } from "astro:content";
import type { Measure } from "../schemas/measure.ts";
import { requireMunicipality, type Municipality } from "../schemas/municipality.ts";
import type { Plan, Exclusion } from "../schemas/plan.ts";
import type { Category, CategoryRule } from "../schemas/category.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import { compareCodes } from "./codes.ts";
import { measureIndex } from "./measure-index.ts";

export type SitePlan = Omit<Plan, "id"> & { id: string; slug: string; excluded: Exclusion[] };

/** Municipalities in the order data/municipalities.json lists them (the site's order). */
export async function getMunicipalities(): Promise<Municipality[]> {
  return (await getCollection("municipalities"))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...municipality }) => municipality);
}

/** Position of a municipality in data/municipalities.json; an id not listed there is an error. */
async function municipalityOrder(): Promise<(id: string, where: string) => number> {
  const municipalities = await getMunicipalities();
  return (id, where) => municipalities.indexOf(requireMunicipality(municipalities, id, where));
}

/** Plans in municipality order, suicide-prevention before strategic, newest period first. */
export async function getPlans(): Promise<SitePlan[]> {
  const order = await municipalityOrder();
  return (await getCollection("plans"))
    .map((e) => e.data as SitePlan)
    .sort(
      (a, b) =>
        order(a.municipality, `plan ${a.id}`) - order(b.municipality, `plan ${b.id}`) ||
        a.kind.localeCompare(b.kind) ||
        Math.max(...b.fiscalYears) - Math.max(...a.fiscalYears) ||
        a.slug.localeCompare(b.slug),
    );
}

/** Every measure, in plan order then printed-code order. */
export async function getMeasures(): Promise<Measure[]> {
  return (await getCollection("measures"))
    .map((e) => e.data)
    .sort(
      (a, b) =>
        a.municipality.localeCompare(b.municipality) ||
        a.plan.localeCompare(b.plan) ||
        compareCodes(a.code, b.code),
    );
}

/** The national guideline categories, in the order data/categories.json lists them. */
export async function getCategories(): Promise<Category[]> {
  return (await getCollection("categories"))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...category }) => category);
}

/** The section → category rules, in the file's order. */
export async function getCategoryRules(): Promise<CategoryRule[]> {
  return (await getCollection("categoryRules"))
    .map((e) => e.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...rule }) => rule);
}

export async function getSources(): Promise<SourceManifestEntry[]> {
  return (await getCollection("sources")).map((e) => e.data);
}

/** Everything a page may need, loaded once per build (Astro caches collections). */
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
  if (import.meta.env.DEV) return loadSiteData();
  siteData ??= loadSiteData();
  return siteData;
}

async function loadSiteData(): Promise<SiteData> {
  return {
    municipalities: await getMunicipalities(),
    plans: await getPlans(),
    measures: await getMeasures(),
    categories: await getCategories(),
    categoryRules: await getCategoryRules(),
    sources: await getSources(),
  };
}

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
