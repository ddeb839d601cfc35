/**
 * Applies data/curation/<source>.json patches to a parser's measures, and refuses any entry that
 * could lie: one that hits no cell the parser emits, one whose value the parser now produces by
 * itself (redundant: delete it), one whose value merely repeats its cited lines (omit `value`).
 * Every problem is one line: curation file, entry, what is wrong. See docs/curation.md.
 */
import { isDeepStrictEqual } from "node:util";
import {
  YEAR_FIELDS,
  describeCell,
  type CurationPatch,
  type YearField,
} from "../../src/schemas/curation.ts";
import type { MeasureInput } from "../../src/schemas/measure.ts";

/** Curation entries that cannot be applied: one line per problem. */
export class CurationError extends Error {
  override name = "CurationError";
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join("\n"));
    this.problems = problems;
  }
}

export interface CurationContext {
  /** data/curation/<stem>.json, for messages. */
  file: string;
  /** The source text as lines (index 0 = line 1). */
  sourceLines: readonly string[];
  /** The source's own rule for joining the lines of one cell (fills an omitted `value`). */
  joinCell: (lines: readonly string[], patch: CurationPatch) => string | null;
  /**
   * The parser's measures without patch n, to find redundant entries; null when the parser
   * cannot run without that patch (then the patch is needed, not redundant).
   */
  baselineWithout: (n: number) => readonly MeasureInput[] | null;
}

type Cells = Set<string>;

/**
 * A hand-written note must not say which cells are blank or unknown: the page lists them from
 * unknownFields (src/lib/unknown-cells.ts), so a note cannot contradict the data. It says why.
 */
export function blankClaim(note: string): string | null {
  return note.includes("空欄")
    ? 'the note says which cells are blank ("空欄"); say only why — the page lists the unknown cells from unknownFields'
    : null;
}

/** The year cells the parser emits for a plan, as `${fiscalYear}:${field}`. */
export function emittedYearCells(measures: readonly MeasureInput[]): Cells {
  const cells: Cells = new Set();
  for (const m of measures) {
    m.years.forEach((y, i) => {
      for (const f of YEAR_FIELDS) {
        const path = `years.${i}.${f}`;
        const filled =
          y[f] !== null ||
          (f === "grade" && y.gradesBySection !== null) ||
          m.fieldLines?.[path] !== undefined ||
          (m.unknownFields ?? []).includes(path);
        if (filled) cells.add(`${y.fiscalYear}:${f}`);
      }
    });
  }
  return cells;
}

/** The JSON path inside the measure a patch addresses, or the reason it addresses nothing. */
function resolvePath(
  m: MeasureInput,
  p: CurationPatch,
  emitted: Cells,
): { path: string } | { problem: string } {
  if (p.indicator !== undefined) {
    const i = m.indicators.findIndex((row) => row.name === p.indicator);
    if (i < 0) {
      const names = m.indicators.map((r) => `"${r.name}"`).join(", ") || "none";
      return { problem: `no indicator named "${p.indicator}" (the measure has ${names})` };
    }
    const values = m.indicators[i]?.values ?? [];
    const j = values.findIndex((v) => v.kind === p.kind && v.fiscalYear === p.fiscalYear);
    if (j < 0)
      return { problem: `the indicator has no ${p.kind} cell for ${p.fiscalYear ?? "計"}` };
    return { path: `indicators.${i}.values.${j}.value` };
  }
  const field = p.field as string;
  if (!(YEAR_FIELDS as readonly string[]).includes(field)) return { path: field };
  const fy = p.fiscalYear as number;
  const i = m.years.findIndex((y) => y.fiscalYear === fy);
  if (i < 0) {
    const years = m.years.map((y) => y.fiscalYear).join(", ");
    return { problem: `fiscal year ${fy} is not in the plan (${years})` };
  }
  if (!p.override && !emitted.has(`${fy}:${field as YearField}`)) {
    return {
      problem: `the parser emits no ${field} cell for FY${fy} (set override: true and say why in reason)`,
    };
  }
  return { path: `years.${i}.${field}` };
}

function valueAt(target: unknown, path: string): unknown {
  let node: unknown = target;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setAt(target: unknown, path: string, value: unknown): void {
  const keys = path.split(".");
  const parent = keys.length === 1 ? target : valueAt(target, keys.slice(0, -1).join("."));
  (parent as Record<string, unknown>)[keys.at(-1) as string] = value;
}

function short(value: unknown): string {
  const json = JSON.stringify(value) ?? "undefined";
  return json.length > 40 ? `${json.slice(0, 37)}…"` : json;
}

/** Apply every patch; throws CurationError listing every entry that cannot be applied. */
export function applyCuration(
  measures: MeasureInput[],
  patches: readonly CurationPatch[],
  ctx: CurationContext,
): void {
  const problems: string[] = [];
  const emitted = emittedYearCells(measures);
  patches.forEach((p, n) => {
    const problem = (what: string): void => {
      problems.push(`${ctx.file}: patches[${n}] (${describeCell(p)}): ${what}`);
    };
    const claim = p.note ? blankClaim(p.note) : null;
    if (claim) return problem(claim);
    const m = measures.find((x) => x.code === p.measure);
    if (!m) return problem(`no measure with code ${p.measure}`);
    const resolved = resolvePath(m, p, emitted);
    if ("problem" in resolved) return problem(resolved.problem);
    const { path } = resolved;
    if (p.lines && (p.lines[1] > ctx.sourceLines.length || p.lines[0] < 1)) {
      return problem(`lines ${p.lines[0]}–${p.lines[1]} are outside the source`);
    }
    const cited = p.lines ? ctx.sourceLines.slice(p.lines[0] - 1, p.lines[1]) : null;
    const joined = cited ? ctx.joinCell(cited, p) : null;
    let value: unknown = p.value;
    if (value === undefined) {
      if (joined === null) return problem("no value given and the cited lines hold no text");
      value = path === "departments" ? [joined] : joined;
    } else if (typeof value === "string" && value === joined) {
      return problem("value is exactly the cited lines joined: omit value");
    }
    const baseline = p.unknown || p.override ? null : ctx.baselineWithout(n);
    const base = baseline?.find((x) => x.code === p.measure);
    if (base) {
      const parsed = valueAt(base, path);
      if (isDeepStrictEqual(parsed, value) && !(base.unknownFields ?? []).includes(path)) {
        return problem(`redundant: the parser now produces ${short(value)} by itself; delete it`);
      }
    }
    setAt(m, path, value);
    // An unknown cell cites nothing: drop any range the parser gave the text it no longer holds.
    const { [path]: _stale, ...otherLines } = m.fieldLines ?? {};
    m.fieldLines = p.lines ? { ...otherLines, [path]: p.lines } : otherLines;
    // An unknown cell is not curated: nobody placed a value there (no 補正 badge on the page).
    const curated = (m.curatedFields ?? []).filter((x) => x !== path);
    m.curatedFields = p.unknown ? curated : [...curated, path];
    const unknown = (m.unknownFields ?? []).filter((x) => x !== path);
    m.unknownFields = p.unknown ? [...unknown, path] : unknown;
    if (p.note) m.notes = [...m.notes, p.note];
  });
  if (problems.length > 0) throw new CurationError(problems);
}
