import { CategoriesFileSchema, type CategoriesFile } from "../../src/schemas/category.ts";
import type { CurationFile } from "../../src/schemas/curation.ts";
import { joinWrappedLines } from "../../src/lib/normalize.ts";
import { unknownCellsNote } from "../../src/lib/unknown-cells.ts";
import { yearFieldLabels } from "../../src/lib/format.ts";
import {
  requireMunicipality,
  type Municipality,
  type YearFieldLabels,
} from "../../src/schemas/municipality.ts";
import { applyCuration } from "./curation.ts";
import { PlanFileSchema, type PlanFile, type PlanFileInput } from "../../src/schemas/plan.ts";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import type { SourceIngester } from "./types.ts";

/** An ingest step that failed, with where: source line or JSON path, and what. */
export class IngestError extends Error {
  override name = "IngestError";
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The key a category rule uses for a measure's sections: "基本施策/1", "重点施策/3/④". */
export function sectionKeys(measure: Pick<MeasureInput, "path">): string[] {
  const [top, sub] = measure.path;
  if (!top) return [];
  const topKey = `${top.kind}/${top.number ?? top.title}`;
  return sub ? [`${topKey}/${sub.number ?? sub.title}`, topKey] : [topKey];
}

/** Set each measure's national category: a rule for the measure wins over its sub-section's, then its section's. */
export function applyCategories(file: PlanFileInput, categories: CategoriesFile): void {
  const rules = categories.rules.filter(
    (r) => r.municipality === file.plan.municipality && r.plan === file.plan.id,
  );
  if (rules.length === 0) return;
  for (const measure of file.measures) {
    const byMeasure = rules.find((r) => r.measure === measure.code);
    const bySection = sectionKeys(measure)
      .map((key) => rules.find((r) => r.section === key))
      .find((r) => r !== undefined);
    const rule = byMeasure ?? bySection;
    if (!rule) {
      throw new IngestError(
        `data/categories.json: no rule places ${measure.id} (sections ${sectionKeys(measure).join(", ")})`,
      );
    }
    measure.category = rule.category;
  }
}

/**
 * The parser's own reading without patch n: what a redundant patch would repeat. Tries the
 * parser with no patches at all first (one run for every patch); a parser that needs its patches
 * to run (Koganei: they say which lines form a cell) is run once per measure, leaving out all of
 * that measure's patches (they work together: one says where the next cell starts). null when
 * even that fails: the patch is needed.
 */
function baselines(
  ingester: SourceIngester,
  text: string,
  curation: CurationFile,
): (n: number) => MeasureInput[] | null {
  const tryParse = (patches: CurationFile["patches"]): MeasureInput[] | null => {
    try {
      return ingester.parse(text, { ...curation, patches }).measures;
    } catch {
      return null;
    }
  };
  const none = curation.patches.length > 0 ? tryParse([]) : null;
  const byMeasure = new Map<string, MeasureInput[] | null>();
  return (n) => {
    if (none) return none;
    const code = curation.patches[n]?.measure ?? "";
    if (!byMeasure.has(code)) {
      byMeasure.set(code, tryParse(curation.patches.filter((p) => p.measure !== code)));
    }
    return byMeasure.get(code) ?? null;
  };
}

/** Parse one source, apply its curation and categories, and validate the result. */
export function buildPlanFile(
  ingester: SourceIngester,
  text: string,
  curation: CurationFile,
  categories: unknown,
  municipalities: readonly Municipality[],
): PlanFile {
  let labels: YearFieldLabels;
  try {
    labels = yearFieldLabels(
      requireMunicipality(municipalities, ingester.municipality, `ingester for ${ingester.file}`),
    );
  } catch (error) {
    throw new IngestError((error as Error).message);
  }
  const draft = ingester.parse(text, curation);
  applyCuration(draft.measures, curation.patches, {
    file: `data/curation/${curationFileName(ingester.file)}`,
    sourceLines: text.split("\n"),
    joinCell: (lines, patch) =>
      ingester.joinCell ? ingester.joinCell(lines, patch) : joinWrappedLines(lines),
    baselineWithout: baselines(ingester, text, curation),
  });
  for (const m of draft.measures) {
    if (m.municipality !== ingester.municipality) {
      throw new IngestError(
        `${ingester.file}: measure ${m.code} says municipality "${m.municipality}", the ingester "${ingester.municipality}"`,
      );
    }
    const note = unknownCellsNote({ ...m, unknownFields: m.unknownFields ?? [] }, labels);
    if (note) m.notes = [...m.notes, note];
  }
  applyCategories(draft, CategoriesFileSchema.parse(categories));
  const result = PlanFileSchema.safeParse(draft);
  if (!result.success) {
    const first = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".")}: ${i.message}`)
      .join("; ");
    throw new IngestError(`${ingester.file}: the parsed plan does not fit the schema: ${first}`);
  }
  return result.data;
}

/** data/curation/<stem>.json for a source file name. */
export function curationFileName(sourceFile: string): string {
  return sourceFile.replace(/\.txt$/, ".json");
}

/** data/<municipality>/<plan>.json */
export function planFilePath(ingester: Pick<SourceIngester, "municipality" | "planId">): string {
  return `data/${ingester.municipality}/${ingester.planId}.json`;
}

/** Stable serialization: schema key order, 2-space indent, final newline. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value as Json, null, 2)}\n`;
}
