import { CategoriesFileSchema, type CategoriesFile } from "../../src/schemas/category.ts";
import type { CurationFile, CurationPatch } from "../../src/schemas/curation.ts";
import { PlanFileSchema, type PlanFile, type PlanFileInput } from "../../src/schemas/plan.ts";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import type { SourceIngester } from "./types.ts";

/** An ingest step that failed, with where: source line or JSON path, and what. */
export class IngestError extends Error {
  override name = "IngestError";
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Set `value` at a dotted JSON path inside `target`; the parent must already exist. */
function setAtPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    node = (node as Record<string, unknown> | undefined)?.[key];
    if (node === null || typeof node !== "object") {
      throw new IngestError(`path ${path}: no ${key} to descend into`);
    }
  }
  const last = keys.at(-1) as string;
  const parent = node as Record<string, unknown>;
  if (Array.isArray(parent) && !(Number(last) < parent.length)) {
    throw new IngestError(`path ${path}: index ${last} is past the end (${parent.length})`);
  }
  parent[last] = value;
}

/** Apply curation patches: each sets one value and records its lines, its origin and its note. */
export function applyPatches(
  measures: MeasureInput[],
  patches: readonly CurationPatch[],
  curationFile: string,
): void {
  patches.forEach((patch, i) => {
    const where = `${curationFile}: patches[${i}] (measure ${patch.measure}, ${patch.path})`;
    const measure = measures.find((m) => m.code === patch.measure);
    if (!measure) throw new IngestError(`${where}: no measure with code ${patch.measure}`);
    if (patch.unknown && patch.value !== null) {
      throw new IngestError(`${where}: an unknown cell must have the value null`);
    }
    if (patch.lines === null && patch.value !== null) {
      throw new IngestError(
        `${where}: a value needs source lines; only null (unknown) may have none`,
      );
    }
    try {
      setAtPath(measure as unknown as Record<string, unknown>, patch.path, patch.value);
    } catch (error) {
      throw new IngestError(`${where}: ${(error as Error).message}`);
    }
    // An unknown cell cites nothing: drop any range the parser gave the text it no longer holds.
    const { [patch.path]: _stale, ...otherLines } = measure.fieldLines ?? {};
    measure.fieldLines = patch.lines ? { ...otherLines, [patch.path]: patch.lines } : otherLines;
    measure.curatedFields = [...(measure.curatedFields ?? []), patch.path];
    const unknown = (measure.unknownFields ?? []).filter((p) => p !== patch.path);
    measure.unknownFields = patch.unknown ? [...unknown, patch.path] : unknown;
    if (patch.note) measure.notes = [...measure.notes, patch.note];
  });
}

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

/** Parse one source, apply its curation and categories, and validate the result. */
export function buildPlanFile(
  ingester: SourceIngester,
  text: string,
  curation: CurationFile,
  categories: unknown,
): PlanFile {
  const draft = ingester.parse(text, curation);
  applyPatches(
    draft.measures,
    curation.patches,
    `data/curation/${curationFileName(ingester.file)}`,
  );
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
