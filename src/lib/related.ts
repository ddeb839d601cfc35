/**
 * Measures related to one measure within its own plan: the measure it reposts and those
 * reposting it, and the others under the same sub-heading. Other municipalities' similar
 * measures are counterparts (counterparts.ts), not category lists. Looked up in the build's
 * measure index (measure-index.ts), so each page costs the same at any size.
 */
import type { Measure } from "../schemas/measure.ts";
import { headingKey, measureIndex } from "./measure-index.ts";

export interface RelatedMeasures {
  reposts: Measure[];
  sameHeading: Measure[];
}

export function findRelated(measure: Measure, all: readonly Measure[]): RelatedMeasures {
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
  return { reposts, sameHeading };
}
