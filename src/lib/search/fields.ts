/** What of a measure is searchable: every text a reader sees on its page, field by field. */
import type { Measure } from "../../schemas/measure.ts";
import type { YearFieldLabels } from "../../schemas/municipality.ts";

/** Names shown with a measure that are not stored on it. */
export interface MeasureContext {
  municipalityName: string;
  planTitle: string;
  categoryLabel: string | null;
  /** The municipality's column names (data/municipalities.json), for labelled excerpts. */
  yearLabels?: YearFieldLabels;
}

/** The title, weighted above the rest when ranking. */
export function titleFields(measure: Measure): string[] {
  return [measure.title];
}

/** Everything else a reader can find on the page, one string per field (never joined). */
export function bodyFields(measure: Measure, context: MeasureContext): string[] {
  const fields: (string | null)[] = [
    context.municipalityName,
    context.planTitle,
    context.categoryLabel,
    measure.division,
    measure.description,
    measure.goal,
    ...measure.departments,
    ...measure.path.map((step) => step.title),
    ...measure.years.flatMap((year) => [
      year.result,
      year.achievement,
      year.assessment,
      year.nextPlan,
      ...(year.gradesBySection ?? []).map((g) => g.department),
    ]),
    ...measure.indicators.flatMap((i) => [i.name, ...i.values.map((v) => v.value)]),
  ];
  return fields.filter((f): f is string => f !== null && f !== "");
}
