/**
 * One curated 事業 of a Nerima strategic plan, as stored in data/curation/<source>.json `records`.
 * The PDF extraction scrambled these tables (docs/sources/nerima-strategic-plans.md#why-these-are-curated-records),
 * so a person placed every cell and
 * cited its lines; the ingester proves each text against those lines before it becomes a measure.
 */
import { z } from "zod";
import { FiscalYearSchema, LineRangeSchema } from "../../../src/schemas/measure.ts";

const LineSchema = z.number().int().positive();

/** A text value and the source lines it is printed on. */
export const CitedTextSchema = z
  .object({
    text: z.string().min(1),
    lines: LineRangeSchema,
  })
  .strict();

export const CuratedPathStepSchema = z
  .object({
    kind: z.enum(["施策の柱", "戦略計画", "見出し", "小見出し"]),
    /** Half-width, as a key: "3", "7", "1". */
    number: z.string().regex(/^[0-9]+$/),
    title: z.string().min(1),
    /** The line printing the number (`施策の柱３`, `計画 7`, `１　…`). */
    numberLine: LineSchema,
    /** The line printing the title (the same line for headings). */
    titleLine: LineSchema,
  })
  .strict();

/** One cell of an indicator row. value null = the cell could not be placed (lines null too). */
export const CuratedCellSchema = z
  .object({
    kind: z.enum(["baseline", "plan", "target", "total"]),
    fiscalYear: FiscalYearSchema.nullable(),
    value: z.string().min(1).nullable(),
    lines: LineRangeSchema.nullable(),
  })
  .strict()
  .refine((cell) => (cell.value === null) === (cell.lines === null), {
    message: "a placed cell needs lines; an unknown cell (null) has none",
  });

export const CuratedRowSchema = z
  .object({
    name: CitedTextSchema,
    values: z.array(CuratedCellSchema).min(1),
    /** Shown on the page: how the row was placed, or why a cell is unknown. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .refine((row) => row.values.every((c) => c.value !== null) || row.note !== undefined, {
    message: "a row with an unknown cell needs a note saying which cell and why",
  });

export const CuratedDepartmentsSchema = z
  .object({
    division: z.string().min(1).nullable(),
    names: z.array(z.string().min(1)).min(1),
    lines: LineRangeSchema,
    /** Shown on the page when the department was assigned by meaning (two on one page). */
    note: z.string().min(1).optional(),
  })
  .strict();

export const CuratedBudgetSchema = z
  .object({
    fiscalYear: FiscalYearSchema.nullable(),
    millionYen: z.number().nonnegative(),
    lines: LineRangeSchema,
  })
  .strict();

export const CuratedRecordSchema = z
  .object({
    /** Printed number, half-width: "7-1", "5-9" (a repost keeps its own plan's number). */
    code: z.string().regex(/^[0-9]+-[0-9]+$/),
    /** The № line of the item (outside duplicated page copies). */
    numberLine: LineSchema,
    /** The № line lost the item number (001:1639); the code comes from the heading order. */
    numberMissing: z.boolean().default(false),
    /**
     * Lines of the item's block that no value cites (e.g. 004:1-5, orphan cells of 1-1 that could
     * not be placed); the measure's source range is widened to include them.
     */
    blockLines: LineRangeSchema.optional(),
    /** Outermost first; the last step is the item's own heading and gives the title. */
    path: z.array(CuratedPathStepSchema).min(2),
    /** ★ printed on the item's own heading. */
    starred: z.boolean(),
    departments: CuratedDepartmentsSchema,
    description: CitedTextSchema.nullable(),
    indicators: z.array(CuratedRowSchema),
    budget: z.array(CuratedBudgetSchema),
    /** Printed code of the reposted item (`№ 5-9の再掲`), else null. */
    repostOfCode: z
      .string()
      .regex(/^[0-9]+-[0-9]+$/)
      .nullable(),
    /** Id of the reposted measure when we publish it, else null. */
    repostOf: z.string().min(1).nullable(),
    notes: z.array(z.string().min(1)),
  })
  .strict();

export type CitedText = z.infer<typeof CitedTextSchema>;
export type CuratedPathStep = z.infer<typeof CuratedPathStepSchema>;
export type CuratedCell = z.infer<typeof CuratedCellSchema>;
export type CuratedRow = z.infer<typeof CuratedRowSchema>;
export type CuratedRecord = z.infer<typeof CuratedRecordSchema>;
