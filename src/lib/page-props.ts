/**
 * Props for the measure pages, computed once per build from the site data: each measure with its
 * plan, municipality, source entry and related measures. Keeps the page file a one-liner.
 */
import type { Measure } from "../schemas/measure.ts";
import { requireMunicipality, type Municipality } from "../schemas/municipality.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import type { SiteData, SitePlan } from "./content.ts";
import { measureIndex, planKey } from "./measure-index.ts";
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

/** Props for every measure page, or for those of the municipalities `includes` accepts. */
export function buildMeasurePageProps(
  site: SiteData,
  includes: (municipality: string) => boolean = () => true,
): MeasurePageProps[] {
  const municipalityNames = Object.fromEntries(site.municipalities.map((m) => [m.id, m.name]));
  const planTitles = Object.fromEntries(
    site.plans.map((p) => [`${p.municipality}/${p.slug}`, p.title]),
  );
  // Every lookup below is a map built once: the cost per page does not grow with the site.
  const index = measureIndex(site.measures);
  const plans = new Map(site.plans.map((p) => [`${p.municipality}/${p.slug}`, p]));
  const sources = new Map(site.sources.map((s) => [s.file, s]));
  const categoryLabels = new Map(site.categories.map((c) => [c.id, c.label]));
  const presentByPlan = new Map<string, string[]>();
  for (const [key, measures] of index.byPlan) presentByPlan.set(key, [...presentCells(measures)]);
  // Counterparts and sections are computed once for the whole site, then looked up per page.
  const counterparts = getCounterparts(site);
  const byId = index.byId;
  const sections = buildMeasureSections(site);
  return site.measures.flatMap((measure) => {
    if (!includes(measure.municipality)) return [];
    const plan = plans.get(planKey(measure));
    const municipality = requireMunicipality(site.municipalities, measure.municipality, measure.id);
    if (!plan) return [];
    return [
      {
        measure,
        plan,
        municipality,
        source: sources.get(measure.source.file) ?? null,
        related: findRelated(measure, site.measures),
        present: presentByPlan.get(planKey(measure)) ?? [],
        municipalityNames,
        planTitles,
        categoryLabel:
          measure.category === null ? null : (categoryLabels.get(measure.category) ?? null),
        counterparts: viewCounterparts(measure.id, counterparts, byId, municipalityNames),
        sections: sections.get(measure.id) ?? [],
      },
    ];
  });
}
