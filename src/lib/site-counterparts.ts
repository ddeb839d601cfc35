/**
 * Counterparts for the site: computed once per build over every suicide-prevention measure, and
 * resolved into what a page shows (title, code, url, municipality name). Measure pages, compare
 * pages and anything else read the same map; the cache is keyed on the measure ids, so each call
 * with the same data returns the same map.
 */
import type { Measure } from "../schemas/measure.ts";
import { buildsSiteWide, currentShard, ownsMunicipality, type BuildShard } from "./build-shard.ts";
import type { SiteData } from "./content.ts";
import { buildCounterparts, type CounterpartMap } from "./counterparts.ts";
import { formatCode } from "./format.ts";

const cache = new Map<string, CounterpartMap>();

/** Measures of plans of the kind every municipality has (suicide-prevention). */
export function comparableMeasures(site: Pick<SiteData, "plans" | "measures">): Measure[] {
  const kinds = new Map(site.plans.map((p) => [`${p.municipality}/${p.slug}`, p.kind]));
  return site.measures.filter(
    (m) => kinds.get(`${m.municipality}/${m.plan}`) === "suicide-prevention",
  );
}

/**
 * Counterparts of every comparable measure; in a shard of a sharded build that renders no
 * site-wide page, only those of its own municipalities' measures (src/lib/build-shard.ts).
 */
export function getCounterparts(
  site: Pick<SiteData, "plans" | "measures">,
  shard: BuildShard = currentShard(),
): CounterpartMap {
  const measures = comparableMeasures(site);
  const key = `${JSON.stringify(shard)}\n${measures.map((m) => m.id).join("\n")}`;
  let map = cache.get(key);
  if (!map) {
    map = buildCounterparts(
      measures,
      {},
      buildsSiteWide(shard) ? undefined : (m) => ownsMunicipality(m, shard),
    );
    cache.clear();
    cache.set(key, map);
  }
  return map;
}

export type CounterpartLink = {
  url: string;
  code: string;
  title: string;
  score: number;
  terms: string[];
};

export type CounterpartView = {
  municipality: string;
  municipalityName: string;
  matches: CounterpartLink[];
};

/** One measure's counterparts, ready to show, in municipality order; [] for a measure with none. */
export function viewCounterparts(
  id: string,
  map: CounterpartMap,
  byId: ReadonlyMap<string, Measure>,
  municipalityNames: Readonly<Record<string, string>>,
): CounterpartView[] {
  const order = Object.keys(municipalityNames);
  const groups = [...(map.get(id) ?? [])].sort(
    (a, b) => order.indexOf(a.municipality) - order.indexOf(b.municipality),
  );
  return groups.map((group) => ({
    municipality: group.municipality,
    municipalityName: municipalityNames[group.municipality] ?? group.municipality,
    matches: group.matches.flatMap((match) => {
      const m = byId.get(match.id);
      return m
        ? [
            {
              url: m.url,
              code: formatCode(m.code, m.subLetter),
              title: m.title,
              score: match.score,
              terms: match.terms,
            },
          ]
        : [];
    }),
  }));
}
