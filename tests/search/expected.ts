/**
 * Expected search results, computed from the data alone (independent of the index): a measure
 * is expected for a query when every term group has a string that occurs, after toComparable
 * (NFKC, no whitespace), inside one of the measure's searchable fields.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset } from "../../src/schemas/dataset.ts";
import type { Measure } from "../../src/schemas/measure.ts";
import { toComparable } from "../../src/lib/normalize.ts";

export interface RecallQuery {
  q: string;
  kind: string;
  /** AND over groups, OR inside a group; defaults to one group per space-separated word. */
  terms?: string[][];
}

export async function readQueries(): Promise<RecallQuery[]> {
  const file = join(import.meta.dirname, "queries.json");
  return (JSON.parse(await readFile(file, "utf8")) as { queries: RecallQuery[] }).queries;
}

export function termGroups(query: RecallQuery): string[][] {
  return (
    query.terms ??
    query.q
      .split(/[\s\u3000]+/u)
      .filter(Boolean)
      .map((t) => [t])
  );
}

/**
 * The text a reader sees for a measure, field by field: what the search promises to find.
 * Listed here on purpose rather than imported from src/lib/search, so the test does not
 * share the index's own idea of what is searchable.
 */
export function haystackFields(
  measure: Measure,
  context: { municipality: string; plan: string; category: string | null },
): string[] {
  const fields: (string | null)[] = [
    context.municipality,
    context.plan,
    context.category,
    measure.title,
    measure.division,
    measure.description,
    measure.goal,
    ...measure.departments,
    ...measure.path.map((p) => p.title),
    ...measure.years.flatMap((y) => [
      y.result,
      y.achievement,
      y.assessment,
      y.nextPlan,
      ...(y.gradesBySection ?? []).map((g) => g.department),
    ]),
    ...measure.indicators.flatMap((i) => [i.name, ...i.values.map((v) => v.value)]),
  ];
  return fields.filter((f): f is string => f !== null).map(toComparable);
}

/** Expected result URLs per query, in query order. */
export function expectedResults(
  dataset: Dataset,
  categories: Map<string, string>,
  queries: RecallQuery[],
): Set<string>[] {
  const docs = dataset.measures.map((m) => ({
    url: m.url,
    fields: haystackFields(m, {
      municipality: dataset.municipalities.find((x) => x.id === m.municipality)?.name ?? "",
      plan:
        dataset.plans.find((p) => p.municipality === m.municipality && p.id === m.plan)?.title ??
        "",
      category: m.category === null ? null : (categories.get(m.category) ?? null),
    }),
  }));
  return queries.map((query) => {
    const groups = termGroups(query).map((g) => g.map(toComparable));
    return new Set(
      docs
        .filter((d) => groups.every((g) => g.some((t) => d.fields.some((f) => f.includes(t)))))
        .map((d) => d.url),
    );
  });
}
