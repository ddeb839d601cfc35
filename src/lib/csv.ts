/**
 * One plan as CSV: a row per measure and fiscal year (a measure without years gets one row),
 * the columns a spreadsheet user needs. Text stays as printed; UTF-8 with a BOM so Excel opens it.
 */
import { stringify } from "csv-stringify/sync";
import type { Measure } from "../schemas/measure.ts";

export const CSV_COLUMNS = [
  "id",
  "url",
  "municipality",
  "plan",
  "code",
  "title",
  "path",
  "category",
  "departments",
  "fiscalYear",
  "status",
  "result",
  "grade",
  "achievement",
  "assessment",
  "nextPlan",
  "sourceFile",
  "sourceLines",
  "notes",
] as const;

export function measuresToCsv(measures: readonly Measure[], site: string): string {
  const rows: string[][] = [];
  for (const m of measures) {
    const common = {
      id: m.id,
      url: new URL(m.url, site).href,
      municipality: m.municipality,
      plan: m.plan,
      code: m.code,
      title: m.title,
      path: m.path.map((p) => `${p.kind}${p.number ?? ""} ${p.title}`).join(" > "),
      category: m.category ?? "",
      departments: m.departments.join("、"),
      sourceFile: m.source.file,
      sourceLines: `${m.source.lines[0]}-${m.source.lines[1]}`,
      notes: m.notes.join(" / "),
    };
    const years = m.years.length > 0 ? m.years : [null];
    for (const y of years) {
      const row: Record<string, string> = {
        ...common,
        fiscalYear: y ? String(y.fiscalYear) : "",
        status: y?.status ?? "",
        result: y?.result ?? "",
        grade:
          y?.grade ?? y?.gradesBySection?.map((g) => `${g.department}:${g.grade}`).join(" ") ?? "",
        achievement: y?.achievement ?? "",
        assessment: y?.assessment ?? "",
        nextPlan: y?.nextPlan ?? "",
      };
      rows.push(CSV_COLUMNS.map((c) => row[c] ?? ""));
    }
  }
  return `\ufeff${stringify([[...CSV_COLUMNS], ...rows])}`;
}
