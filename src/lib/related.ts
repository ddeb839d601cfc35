/**
 * Measures related to one measure: the measure it reposts and those reposting it, the others
 * under the same sub-heading, and measures of the same national category elsewhere. Looked up
 * in the build's measure index (measure-index.ts), so each page costs the same at any size.
 */
import type { Measure } from "../schemas/measure.ts";
import { headingKey, measureIndex } from "./measure-index.ts";

export interface RelatedMeasures {
  reposts: Measure[];
  sameHeading: Measure[];
  /** Same category, other municipalities: per municipality, the first few and the total. */
  sameCategory: { municipality: string; measures: Measure[]; total: number }[];
  /**
   * Other municipalities with measures of the category that are not listed (the page links to
   * the category's compare page instead): a page names a bounded number of municipalities.
   */
  moreMunicipalities: number;
}

/** At most this many other municipalities are listed by name on a measure page. */
export const MAX_MUNICIPALITIES = 5;

export function findRelated(
  measure: Measure,
  all: readonly Measure[],
  perMunicipality = 3,
): RelatedMeasures {
  const index = measureIndex(all);
  const target = measure.repostOf === null ? undefined : index.byId.get(measure.repostOf);
  const reposts = [
    ...(target && target.id !== measure.id ? [target] : []),
    ...(index.repostedBy.get(measure.id) ?? []).filter((m) => m.id !== measure.id),
  ];
  // Keep the order of `all`, as before (a reposted measure may come before or after).
  const order = (m: Measure): number => index.position.get(m.id) ?? 0;
  if (reposts.length > 1) reposts.sort((a, b) => order(a) - order(b));
  const sameHeading = (index.byHeading.get(headingKey(measure)) ?? []).filter(
    (m) => m.id !== measure.id && !reposts.includes(m),
  );
  const sameCategory: RelatedMeasures["sameCategory"] = [];
  let moreMunicipalities = 0;
  if (measure.category) {
    for (const [municipality, list] of index.byCategory.get(measure.category) ?? []) {
      if (municipality === measure.municipality) continue;
      if (sameCategory.length >= MAX_MUNICIPALITIES) {
        moreMunicipalities += 1;
        continue;
      }
      sameCategory.push({
        municipality,
        measures: list.slice(0, perMunicipality),
        total: list.length,
      });
    }
  }
  return { reposts, sameHeading, sameCategory, moreMunicipalities };
}
