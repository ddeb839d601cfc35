/**
 * Props for the measure pages, computed once per build from the site data: each measure with its
 * plan, municipality, source entry and related measures. Keeps the page file a one-liner.
 */
import type { Measure } from "../schemas/measure.ts";
import { requireMunicipality, type Municipality } from "../schemas/municipality.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import type { SiteData, SitePlan } from "./content.ts";
import { findRelated, type RelatedMeasures } from "./related.ts";
import { presentCells } from "./unknown-cells.ts";
import { getCounterparts, viewCounterparts, type CounterpartView } from "./site-counterparts.ts";
import { buildMeasureSections } from "./section-pages.ts";
import type { SectionRef } from "./sections.ts";

// A type alias (not an interface) so it fits Astro's props record type.
export type MeasurePageProps = {
  measure: Measure;
  plan: SitePlan;
  municipality: Municipality;
  source: SourceManifestEntry | null;
  related: RelatedMeasures;
  /** Year cells the plan's source prints (see presentCells). */
  present: string[];
  /** id → title/url of every measure and plan, for naming related items. */
  municipalityNames: Record<string, string>;
  planTitles: Record<string, string>;
  /** Label of the national guideline category, or null. */
  categoryLabel: string | null;
  /** The most similar measures of each other municipality (suicide-prevention plans only). */
  counterparts: CounterpartView[];
  /** Responsible sections with their divisions, for links to the section pages. */
  sections: SectionRef[];
};

export function buildMeasurePageProps(site: SiteData): MeasurePageProps[] {
  const municipalityNames = Object.fromEntries(site.municipalities.map((m) => [m.id, m.name]));
  const planTitles = Object.fromEntries(
    site.plans.map((p) => [`${p.municipality}/${p.slug}`, p.title]),
  );
  const presentByPlan = new Map<string, string[]>();
  for (const plan of site.plans) {
    const measures = site.measures.filter(
      (m) => m.municipality === plan.municipality && m.plan === plan.slug,
    );
    presentByPlan.set(`${plan.municipality}/${plan.slug}`, [...presentCells(measures)]);
  }
  const counterparts = getCounterparts(site);
  const byId = new Map(site.measures.map((m) => [m.id, m]));
  const sections = buildMeasureSections(site);
  return site.measures.flatMap((measure) => {
    const plan = site.plans.find(
      (p) => p.municipality === measure.municipality && p.slug === measure.plan,
    );
    const municipality = requireMunicipality(site.municipalities, measure.municipality, measure.id);
    if (!plan) return [];
    return [
      {
        measure,
        plan,
        municipality,
        source: site.sources.find((s) => s.file === measure.source.file) ?? null,
        related: findRelated(measure, site.measures),
        present: presentByPlan.get(`${plan.municipality}/${plan.slug}`) ?? [],
        municipalityNames,
        planTitles,
        categoryLabel: site.categories.find((c) => c.id === measure.category)?.label ?? null,
        counterparts: viewCounterparts(measure.id, counterparts, byId, municipalityNames),
        sections: sections.get(measure.id) ?? [],
      },
    ];
  });
}
