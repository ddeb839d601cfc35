import { z } from "zod";
import { FiscalYearSchema, LineRangeSchema, YEAR_FIELDS, type YearField } from "./measure.ts";

export { YEAR_FIELDS, type YearField };
/** The fields of a measure itself (not of a year) a curation entry may set. */
export const MEASURE_FIELDS = [
  "title",
  "description",
  "goal",
  "departments",
  "division",
  "planPage",
] as const;
export const INDICATOR_KINDS = ["baseline", "plan", "target", "total"] as const;

export type MeasureField = (typeof MEASURE_FIELDS)[number];

const isYearField = (f: string): f is YearField => (YEAR_FIELDS as readonly string[]).includes(f);

/**
 * One correction a person made because the parser cannot place a cell. It names its cell the way a
 * reviewer reads the printed table — never by array index:
 * - a year cell: `{ "measure": "11", "fiscalYear": 2022, "field": "assessment" }`;
 * - a measure field: `{ "measure": "11", "field": "goal" }`;
 * - an indicator cell: `{ "measure": "7-4", "indicator": "<row name as printed>", "kind": "plan",
 *   "fiscalYear": 2025 }` (fiscalYear null for the 計 column).
 * The ingest refuses an entry that hits no cell the parser emits (unless `override: true`) and an
 * entry whose value the parser now produces by itself (delete it). See docs/curation.md.
 */
export const CurationPatchSchema = z
  .object({
    /** Code of the measure, as in the data ("41", "1-2-3", "7-4"). */
    measure: z.string().min(1),
    /** Fiscal year of the cell (Gregorian start year); null only for an indicator's 計 column. */
    fiscalYear: FiscalYearSchema.nullable().optional(),
    /** The cell: a year field (result, grade, …) or a measure field (title, goal, …). */
    field: z.enum([...YEAR_FIELDS, ...MEASURE_FIELDS]).optional(),
    /** Indicator row name as printed; with `kind` and `fiscalYear` it names one indicator cell. */
    indicator: z.string().min(1).optional(),
    kind: z.enum(INDICATOR_KINDS).optional(),
    /**
     * The value as it belongs in the data; null records the cell as empty (or, with `unknown`,
     * as unknown). Omit it when it is exactly the cited lines joined by the source's rule: the
     * ingest fills it in.
     */
    value: z.union([z.string().min(1), z.array(z.string().min(1)), z.null()]).optional(),
    /** Source lines holding the value; null only when the value is null. */
    lines: LineRangeSchema.nullable(),
    /** Why the parser cannot place this cell (for the reviewer; not shown on pages). */
    reason: z.string().min(1),
    /**
     * The cell is printed but cannot be placed: the value must be null, and the measure lists it
     * in unknownFields. A null without this flag is a cell the source leaves empty.
     */
    unknown: z.literal(true).optional(),
    /** Sets a cell the parser does not emit at all; `reason` must say why it belongs there. */
    override: z.literal(true).optional(),
    /** A caveat to show on the measure page, when the reader should know. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const fail = (message: string): void => {
      ctx.addIssue({ code: "custom", message });
    };
    if (p.indicator !== undefined) {
      if (p.field !== undefined) fail("an indicator cell has no field (use kind and fiscalYear)");
      if (p.kind === undefined) fail("an indicator cell needs kind");
      if (p.fiscalYear === undefined) fail("an indicator cell needs fiscalYear (null for 計)");
    } else if (p.field === undefined) {
      fail("needs field (a year or measure field) or indicator");
    } else if (isYearField(p.field)) {
      if (typeof p.fiscalYear !== "number") fail(`the year field ${p.field} needs fiscalYear`);
      if (p.kind !== undefined) fail("kind belongs to an indicator cell");
    } else if (p.fiscalYear !== undefined || p.kind !== undefined) {
      fail(`the measure field ${p.field} takes no fiscalYear or kind`);
    }
    if (p.unknown && p.value !== undefined && p.value !== null) {
      fail("an unknown cell must have the value null");
    }
    if (p.lines === null && p.value !== null && !p.unknown) {
      fail("a value needs source lines; only null may have none");
    }
  });

/** data/curation/<source-stem>.json */
export const CurationFileSchema = z
  .object({
    /** Original file name of the source these entries belong to. */
    source: z.string().min(1),
    patches: z.array(CurationPatchSchema).default([]),
    /** Whole records a source's ingester reads itself (curated strategic-plan tables). */
    records: z.array(z.unknown()).default([]),
  })
  .strict();

export type CurationPatch = z.infer<typeof CurationPatchSchema>;
export type CurationFile = z.infer<typeof CurationFileSchema>;

/**
 * A patch's cell as one string, for parsers that must know which cells are curated:
 * `2022:assessment`, `goal`, `indicator:<name>:plan:2025`.
 */
export function cellKey(patch: CurationPatch): string {
  if (patch.indicator !== undefined) {
    return `indicator:${patch.indicator}:${patch.kind}:${patch.fiscalYear ?? "total"}`;
  }
  return patch.fiscalYear !== undefined && patch.fiscalYear !== null
    ? `${patch.fiscalYear}:${patch.field}`
    : String(patch.field);
}

/** How an entry names itself in a one-line error: `measure 11, FY2022 assessment`. */
export function describeCell(
  patch: Pick<CurationPatch, "measure" | "fiscalYear" | "field" | "indicator" | "kind">,
): string {
  if (patch.indicator !== undefined) {
    return `measure ${patch.measure}, indicator "${patch.indicator}" ${patch.kind} ${patch.fiscalYear === null ? "計" : `FY${patch.fiscalYear}`}`;
  }
  return typeof patch.fiscalYear === "number"
    ? `measure ${patch.measure}, FY${patch.fiscalYear} ${patch.field}`
    : `measure ${patch.measure}, ${patch.field}`;
}
