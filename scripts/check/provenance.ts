import { toComparable, trimLine } from "../../src/lib/normalize.ts";
import type { LineRange, Measure } from "../../src/schemas/measure.ts";
import { dottedToJsonPath } from "./format.ts";

/** The lines of one source, ready for "is this text really there" questions. */
export interface SourceText {
  file: string;
  /** The file's text exactly as stored. */
  text: string;
  lines: readonly string[];
  /** Whole trimmed lines that are layout debris (page headers, vertical labels). */
  debris: ReadonlySet<string>;
}

/** Comparable text of a cited range: debris lines dropped, lines joined with nothing. */
export function comparableRange(source: SourceText, [from, to]: LineRange): string {
  return toComparable(
    source.lines
      .slice(from - 1, to)
      .filter((line) => !source.debris.has(trimLine(line)))
      .join(""),
  );
}

/** Every string (and budget number) in a measure that must be proven, with its dotted path. */
export function provableValues(measure: Measure): { path: string; value: string }[] {
  const out: { path: string; value: string }[] = [];
  const add = (path: string, value: string | null): void => {
    if (value !== null) out.push({ path, value });
  };
  add("title", measure.title);
  add("description", measure.description);
  add("goal", measure.goal);
  add("division", measure.division);
  add("planPage", measure.planPage);
  add("subLetter", measure.subLetter);
  measure.path.forEach((step, i) => add(`path.${i}.title`, step.title));
  measure.departments.forEach((d, i) => add(`departments.${i}`, d));
  measure.years.forEach((year, i) => {
    add(`years.${i}.result`, year.result);
    add(`years.${i}.grade`, year.grade);
    add(`years.${i}.achievement`, year.achievement);
    add(`years.${i}.assessment`, year.assessment);
    add(`years.${i}.nextPlan`, year.nextPlan);
    year.gradesBySection?.forEach((g, j) => {
      add(`years.${i}.gradesBySection.${j}.department`, g.department);
      add(`years.${i}.gradesBySection.${j}.grade`, g.grade);
    });
  });
  measure.indicators.forEach((indicator, i) => {
    add(`indicators.${i}.name`, indicator.name);
    indicator.values.forEach((v, j) => add(`indicators.${i}.values.${j}.value`, v.value));
  });
  measure.budget.forEach((b, i) => add(`budget.${i}.millionYen`, String(b.millionYen)));
  return out;
}

/** The most specific cited range for a path: its own fieldLines entry, an ancestor's, or the measure's. */
export function citedRange(measure: Measure, path: string): LineRange {
  const keys = path.split(".");
  for (let n = keys.length; n > 0; n--) {
    const range = measure.fieldLines[keys.slice(0, n).join(".")];
    if (range) return range;
  }
  return measure.source.lines;
}

/**
 * Prove each value of a measure against its cited source lines. Values are split on line
 * breaks (a list keeps its items on separate lines) and each piece must occur in the range.
 */
export function checkMeasureProvenance(
  measure: Measure,
  source: SourceText,
  where: string,
): string[] {
  const errors: string[] = [];
  for (const { path, value } of provableValues(measure)) {
    const range = citedRange(measure, path);
    if (range[1] > source.lines.length) {
      errors.push(
        `${where}.${dottedToJsonPath(path)}: cited lines ${range[0]}–${range[1]} are past the end of ${source.file} (${source.lines.length} lines)`,
      );
      continue;
    }
    const haystack = comparableRange(source, range);
    const missing = value
      .split("\n")
      .map((piece) => piece.trim())
      .find((piece) => piece !== "" && !haystack.includes(toComparable(piece)));
    if (missing !== undefined) {
      const shown = missing.length > 40 ? `${missing.slice(0, 40)}…` : missing;
      errors.push(
        `${where}.${dottedToJsonPath(path)}: text not found in ${source.file} lines ${range[0]}–${range[1]}: "${shown}"`,
      );
    }
  }
  return errors;
}
