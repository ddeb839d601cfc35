import { UNKNOWN_NOTE_PREFIX, unknownCellsNote } from "../../src/lib/unknown-cells.ts";
import { yearFieldLabels } from "../../src/lib/format.ts";
import type { LineRange } from "../../src/schemas/measure.ts";
import type { LoadedPlanFile, ProjectData } from "./load.ts";

/**
 * Ids, permalinks and references: every id unique and well-formed, every reference resolves,
 * every year belongs to the plan, every cited range lies inside its source.
 */
export function checkIntegrity(data: ProjectData): string[] {
  const errors: string[] = [];
  const municipalityIds = new Set<string>(data.municipalities.map((m) => m.id));
  const categoryIds = new Set(data.categories.categories.map((c) => c.id));
  const sourceLines = new Map(data.manifest.sources.map((s) => [s.file, s.lineCount]));
  const allIds = new Map<string, string>();
  for (const { path, data: file } of data.planFiles) {
    for (const [i, m] of file.measures.entries()) {
      const where = `${path}: measures[${i}]`;
      const previous = allIds.get(m.id);
      if (previous) errors.push(`${where}.id: duplicate id "${m.id}" (also ${previous})`);
      else allIds.set(m.id, `${path}: measures[${i}]`);
    }
  }
  const planKeys = new Set<string>();
  for (const loaded of data.planFiles) errors.push(...checkPlanFile(loaded, data.municipalities));
  for (const { path, data: file } of data.planFiles) {
    const { plan } = file;
    const key = `${plan.municipality}/${plan.id}`;
    if (planKeys.has(key)) errors.push(`${path}: plan.id: duplicate plan "${key}"`);
    planKeys.add(key);
    if (!municipalityIds.has(plan.municipality)) {
      errors.push(
        `${path}: plan.municipality: expected one of ${[...municipalityIds].join(", ")}, got "${plan.municipality}"`,
      );
    }
    if (path !== `data/${plan.municipality}/${plan.id}.json`) {
      errors.push(`${path}: plan: expected the file at data/${plan.municipality}/${plan.id}.json`);
    }
    const lineCount = sourceLines.get(plan.source.file);
    if (lineCount === undefined) {
      errors.push(
        `${path}: plan.source.file: "${plan.source.file}" is not in data/sources/manifest.json`,
      );
    }
    for (const [i, m] of file.measures.entries()) {
      const where = `${path}: measures[${i}]`;
      if (m.repostOf !== null && !allIds.has(m.repostOf)) {
        errors.push(`${where}.repostOf: no measure with id "${m.repostOf}"`);
      }
      if (m.category !== null && !categoryIds.has(m.category)) {
        errors.push(`${where}.category: "${m.category}" is not a category in data/categories.json`);
      }
      if (plan.kind === "suicide-prevention" && m.category === null) {
        errors.push(
          `${where}.category: expected a national category for a suicide-prevention plan, got null`,
        );
      }
      if (m.source.file !== plan.source.file) {
        errors.push(`${where}.source.file: expected "${plan.source.file}", got "${m.source.file}"`);
      }
      const ranges: [string, LineRange][] = [
        ["source.lines", m.source.lines],
        ...Object.entries(m.fieldLines).map(([k, r]): [string, LineRange] => [
          `fieldLines["${k}"]`,
          r,
        ]),
      ];
      for (const [label, [, to]] of ranges) {
        if (lineCount !== undefined && to > lineCount) {
          errors.push(
            `${where}.${label}: line ${to} is past the end of ${plan.source.file} (${lineCount} lines)`,
          );
        }
      }
    }
  }
  return errors;
}

/** Checks within one plan file: ids derived from their parts, unique codes, years in the plan. */
function checkPlanFile(
  { path, data: file }: LoadedPlanFile,
  municipalities: ProjectData["municipalities"],
): string[] {
  const errors: string[] = [];
  const { plan } = file;
  const codes = new Set<string>();
  for (const [i, m] of file.measures.entries()) {
    const where = `${path}: measures[${i}]`;
    const expectedId = `${plan.municipality}/${plan.id}/${m.code}`;
    if (m.id !== expectedId) errors.push(`${where}.id: expected "${expectedId}", got "${m.id}"`);
    if (m.url !== `/${expectedId}/`)
      errors.push(`${where}.url: expected "/${expectedId}/", got "${m.url}"`);
    if (m.municipality !== plan.municipality) {
      errors.push(
        `${where}.municipality: expected "${plan.municipality}", got "${m.municipality}"`,
      );
    }
    if (m.plan !== plan.id) errors.push(`${where}.plan: expected "${plan.id}", got "${m.plan}"`);
    if (codes.has(m.code)) errors.push(`${where}.code: duplicate code "${m.code}" in this plan`);
    codes.add(m.code);
    const years = new Set<number>();
    for (const [j, y] of m.years.entries()) {
      if (!plan.fiscalYears.includes(y.fiscalYear)) {
        errors.push(
          `${where}.years[${j}].fiscalYear: expected one of the plan's years ${plan.fiscalYears.join(", ")}, got ${y.fiscalYear}`,
        );
      }
      if (years.has(y.fiscalYear))
        errors.push(`${where}.years[${j}].fiscalYear: fiscal year ${y.fiscalYear} appears twice`);
      years.add(y.fiscalYear);
    }
    for (const path of m.unknownFields) {
      const value = valueAtDottedPath(m, path);
      if (value !== null) {
        errors.push(
          `${where}.unknownFields: "${path}" is recorded as unknown but holds ${JSON.stringify(value) ?? "nothing"}`,
        );
      }
    }
    if (m.unknownFields.length > 0 && m.notes.length === 0) {
      errors.push(
        `${where}.notes: expected a note explaining the unknown cells ${m.unknownFields.join(", ")}, got none`,
      );
    }
    for (const path of m.unknownFields) {
      if (m.curatedFields.includes(path)) {
        errors.push(
          `${where}.curatedFields: "${path}" is also recorded as unknown (nobody placed a value there)`,
        );
      }
    }
    const entry = municipalities.find((x) => x.id === m.municipality);
    const listed = entry ? unknownCellsNote(m, yearFieldLabels(entry)) : null;
    const stated = m.notes.filter((n) => n.startsWith(UNKNOWN_NOTE_PREFIX));
    if (stated.length > 0 && (stated.length !== 1 || stated[0] !== listed)) {
      errors.push(
        `${where}.notes: the note listing unknown cells does not match unknownFields: expected ${JSON.stringify(listed)}, got ${JSON.stringify(stated.join(" "))}`,
      );
    }
    for (const [j, b] of m.budget.entries()) {
      if (b.fiscalYear !== null && !plan.fiscalYears.includes(b.fiscalYear)) {
        errors.push(
          `${where}.budget[${j}].fiscalYear: expected one of the plan's years ${plan.fiscalYears.join(", ")}, got ${b.fiscalYear}`,
        );
      }
    }
  }
  return errors;
}

/** The value at a dotted path ("years.0.result"); undefined when the path leads nowhere. */
function valueAtDottedPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
