/**
 * Everything that relates measures to each other, computed once per build with hash maps:
 * by id, by plan, by sub-heading and by repost target. Pages look
 * things up here instead of scanning every measure per page (which made the build quadratic).
 *
 * Built lazily and memoized per measures array, so every caller in one build shares one index;
 * code that compares measures (counterparts, categories) adds its own precomputed maps here.
 */
import type { Measure } from "../schemas/measure.ts";

export interface MeasureIndex {
  byId: ReadonlyMap<string, Measure>;
  /** id → position in the measures array the index was built from. */
  position: ReadonlyMap<string, number>;
  /** `municipality/plan` → measures of the plan, in the order given. */
  byPlan: ReadonlyMap<string, readonly Measure[]>;
  /** Sub-heading key (headingKey) → measures under it, in the order given. */
  byHeading: ReadonlyMap<string, readonly Measure[]>;
  /** id → measures that repost it. */
  repostedBy: ReadonlyMap<string, readonly Measure[]>;
}

export const planKey = (m: Pick<Measure, "municipality" | "plan">): string =>
  `${m.municipality}/${m.plan}`;

export const headingKey = (m: Measure): string =>
  `${m.municipality}/${m.plan}/${m.path.map((p) => `${p.kind}${p.number ?? ""}${p.title}`).join("|")}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildMeasureIndex(measures: readonly Measure[]): MeasureIndex {
  const byId = new Map<string, Measure>();
  const position = new Map<string, number>();
  const byPlan = new Map<string, Measure[]>();
  const byHeading = new Map<string, Measure[]>();
  const repostedBy = new Map<string, Measure[]>();
  for (const [i, m] of measures.entries()) {
    byId.set(m.id, m);
    position.set(m.id, i);
    push(byPlan, planKey(m), m);
    push(byHeading, headingKey(m), m);
    if (m.repostOf !== null) push(repostedBy, m.repostOf, m);
  }
  return { byId, position, byPlan, byHeading, repostedBy };
}

const memo = new WeakMap<readonly Measure[], MeasureIndex>();

/** The index of this measures array, built on first use. */
export function measureIndex(measures: readonly Measure[]): MeasureIndex {
  let index = memo.get(measures);
  if (!index) memo.set(measures, (index = buildMeasureIndex(measures)));
  return index;
}
