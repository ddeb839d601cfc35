/**
 * Measures related to one measure: the measure it reposts and those reposting it, the others
 * under the same sub-heading, and measures of the same national category elsewhere.
 */
import type { Measure } from "../schemas/measure.ts";

export interface RelatedMeasures {
  reposts: Measure[];
  sameHeading: Measure[];
  /** Same category, other municipalities: per municipality, the first few and the total. */
  sameCategory: { municipality: string; measures: Measure[]; total: number }[];
}

const headingKey = (m: Measure): string =>
  `${m.municipality}/${m.plan}/${m.path.map((p) => `${p.kind}${p.number ?? ""}${p.title}`).join("|")}`;

export function findRelated(
  measure: Measure,
  all: readonly Measure[],
  perMunicipality = 3,
): RelatedMeasures {
  const reposts = all.filter(
    (m) => m.id !== measure.id && (m.repostOf === measure.id || measure.repostOf === m.id),
  );
  const key = headingKey(measure);
  const sameHeading = all.filter(
    (m) => m.id !== measure.id && headingKey(m) === key && !reposts.includes(m),
  );
  const sameCategory: RelatedMeasures["sameCategory"] = [];
  if (measure.category) {
    const byMunicipality = new Map<string, Measure[]>();
    for (const m of all) {
      if (m.category !== measure.category || m.municipality === measure.municipality) continue;
      byMunicipality.set(m.municipality, [...(byMunicipality.get(m.municipality) ?? []), m]);
    }
    for (const [municipality, list] of byMunicipality) {
      sameCategory.push({
        municipality,
        measures: list.slice(0, perMunicipality),
        total: list.length,
      });
    }
  }
  return { reposts, sameHeading, sameCategory };
}
