/**
 * The only caller of getCollection: typed, sorted lists for the pages. Pages never filter
 * collections themselves.
 */
import { getCollection } from "astro:content";
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import type { Plan, Exclusion } from "../schemas/plan.ts";
import type { Category } from "../schemas/category.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import { compareCodes } from "./codes.ts";

export type SitePlan = Omit<Plan, "id"> & { id: string; slug: string; excluded: Exclusion[] };

const MUNICIPALITY_ORDER = ["nerima", "koganei", "akiruno"];

export async function getMunicipalities(): Promise<Municipality[]> {
  return (await getCollection("municipalities"))
    .map((e) => e.data)
    .sort((a, b) => MUNICIPALITY_ORDER.indexOf(a.id) - MUNICIPALITY_ORDER.indexOf(b.id));
}

export async function getPlans(): Promise<SitePlan[]> {
  return (await getCollection("plans")).map((e) => e.data as SitePlan);
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

export async function getCategories(): Promise<Category[]> {
  return (await getCollection("categories")).map((e) => e.data);
}

export async function getSources(): Promise<SourceManifestEntry[]> {
  return (await getCollection("sources")).map((e) => e.data);
}
