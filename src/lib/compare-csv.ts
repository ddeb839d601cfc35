/**
 * One national category side by side as CSV (/compare/{category}.csv): a row per measure with its
 * latest printed status and that status's year, and its counterparts in the other
 * municipalities. Statuses stay as printed: A+/A/B self-grades, Koganei's 達成度 and Akiruno's
 * empty column are different scales and are not converted into one another.
 */
import { stringify } from "csv-stringify/sync";
import type { Measure } from "../schemas/measure.ts";
import type { LatestReading } from "./compare.ts";
import type { CounterpartMap } from "./counterparts.ts";

export const COMPARE_CSV_COLUMNS = [
  "category",
  "municipality",
  "plan",
  "code",
  "title",
  "division",
  "departments",
  "statusKind",
  "status",
  "statusFiscalYear",
  "statusInterim",
  "newerYearWithoutStatus",
  "counterparts",
  "url",
] as const;

export type CompareCsvRow = { measure: Measure; latest: LatestReading };

function statusText(latest: LatestReading): string {
  if (latest.kind === "unknown") return "不明";
  if (latest.kind === "none") return "";
  return latest.text;
}

/** Counterparts as `id (score)` joined by spaces: the municipality with the best match first, best first within each. */
function counterpartCell(id: string, map: CounterpartMap): string {
  return (map.get(id) ?? [])
    .flatMap((g) => g.matches.map((m) => `${m.id} (${m.score.toFixed(2)})`))
    .join(" ");
}

export function categoryToCsv(
  category: string,
  rows: readonly CompareCsvRow[],
  counterparts: CounterpartMap,
  site: string,
): string {
  const body = rows.map(({ measure: m, latest }) => {
    const row: Record<(typeof COMPARE_CSV_COLUMNS)[number], string> = {
      category,
      municipality: m.municipality,
      plan: m.plan,
      code: m.code + (m.subLetter ?? ""),
      title: m.title,
      division: m.division ?? "",
      departments: m.departments.join("、"),
      statusKind: latest.kind,
      status: statusText(latest),
      statusFiscalYear: latest.kind === "none" ? "" : String(latest.fiscalYear ?? ""),
      statusInterim: latest.kind === "none" ? "" : String(latest.interim),
      newerYearWithoutStatus: latest.newerWithout ? String(latest.newerWithout) : "",
      counterparts: counterpartCell(m.id, counterparts),
      url: new URL(m.url, site).href,
    };
    return COMPARE_CSV_COLUMNS.map((c) => row[c]);
  });
  return `\ufeff${stringify([[...COMPARE_CSV_COLUMNS], ...body])}`;
}
