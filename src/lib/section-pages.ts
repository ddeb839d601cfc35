/**
 * Props for /{municipality}/sections/ and /{municipality}/sections/{section}/, and each measure's
 * sections for its page. A section's permalink is its name as printed (福祉部管理課 split as
 * 管理課 under 福祉部), percent-encoded in the URL: names are what readers and journalists
 * know, and they do not change when a measure or plan is added.
 */
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import type { SiteData, SitePlan } from "./content.ts";
import { divisionsOf, sectionsOf, type SectionRef } from "./sections.ts";
import { readSourceLines } from "./source-lines.ts";

export type SectionMeasure = { measure: Measure; division: string | null; others: SectionRef[] };

export type SectionSummary = {
  name: string;
  url: string;
  /** Divisions printed with this section, in order of first appearance; [] when none is. */
  divisions: string[];
  count: number;
};

export type SectionPageProps = SectionSummary & {
  municipality: Municipality;
  /** Its measures per plan, in plan order then code order. */
  plans: { plan: SitePlan; measures: SectionMeasure[] }[];
};

export type SectionIndexProps = {
  municipality: Municipality;
  /** Sections grouped by division (null: the source prints no division for them). */
  divisions: { division: string | null; sections: SectionSummary[] }[];
  total: number;
};

/**
 * The section's page. The name stays readable in the HTML (browsers percent-encode it on request);
 * only characters that would end or split a path segment are escaped.
 */
export function sectionUrl(municipality: string, name: string): string {
  return `/${municipality}/sections/${name.replace(/[/?#%\s]/gu, encodeURIComponent)}/`;
}

/** The printed lines of a measure's division cell, needed only when it names several. */
function divisionLines(measure: Measure): string[] {
  const range = measure.fieldLines["division"];
  if (!range || divisionsOf(measure).length < 2) return [];
  return readSourceLines(measure.source.file, range).map((l) => l.text);
}

/** Every measure's sections, keyed by measure id. */
export function buildMeasureSections(site: Pick<SiteData, "measures">): Map<string, SectionRef[]> {
  const known = new Map<string, string[]>();
  for (const m of site.measures) {
    const list = known.get(m.municipality) ?? [];
    for (const d of divisionsOf(m)) if (!list.includes(d)) list.push(d);
    known.set(m.municipality, list);
  }
  return new Map(
    site.measures.map((m) => [
      m.id,
      sectionsOf(m, divisionLines(m), known.get(m.municipality) ?? []),
    ]),
  );
}

function collect(site: SiteData, municipality: Municipality, refs: Map<string, SectionRef[]>) {
  const byName = new Map<string, SectionPageProps>();
  for (const plan of site.plans.filter((p) => p.municipality === municipality.id)) {
    for (const measure of site.measures) {
      if (measure.municipality !== plan.municipality || measure.plan !== plan.slug) continue;
      const sections = refs.get(measure.id) ?? [];
      for (const ref of sections) {
        let section = byName.get(ref.name);
        if (!section) {
          section = {
            name: ref.name,
            url: sectionUrl(municipality.id, ref.name),
            divisions: [],
            count: 0,
            municipality,
            plans: [],
          };
          byName.set(ref.name, section);
        }
        if (ref.division && !section.divisions.includes(ref.division))
          section.divisions.push(ref.division);
        let group = section.plans.find((g) => g.plan === plan);
        if (!group) section.plans.push((group = { plan, measures: [] }));
        group.measures.push({
          measure,
          division: ref.division,
          others: sections.filter((s) => s !== ref),
        });
        section.count += 1;
      }
    }
  }
  return [...byName.values()];
}

export function buildSectionPages(site: SiteData): {
  index: SectionIndexProps[];
  pages: SectionPageProps[];
} {
  const refs = buildMeasureSections(site);
  const index: SectionIndexProps[] = [];
  const pages: SectionPageProps[] = [];
  for (const municipality of site.municipalities) {
    const sections = collect(site, municipality, refs);
    if (sections.length === 0) continue;
    pages.push(...sections);
    const groups = new Map<string | null, SectionSummary[]>();
    for (const s of sections) {
      const key = s.divisions[0] ?? null;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    const divisions = [...groups.entries()]
      .map(([division, list]) => ({
        division,
        sections: list
          .map(({ name, url, divisions: d, count }) => ({ name, url, divisions: d, count }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ja")),
      }))
      .sort((a, b) =>
        a.division === null
          ? 1
          : b.division === null
            ? -1
            : a.division.localeCompare(b.division, "ja"),
      );
    index.push({ municipality, divisions, total: sections.length });
  }
  return { index, pages };
}
