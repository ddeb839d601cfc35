import { z } from "zod";
import { FiscalYearSchema, LineRangeSchema, MeasureSchema } from "./measure.ts";

export const GradeLegendEntrySchema = z
  .object({
    /** Stored grade key: A+, A, B. */
    grade: z.string().min(1),
    /** The meaning exactly as the plan prints it. */
    meaning: z.string().min(1),
    /** The grade glyph as printed in the legend (A＋). */
    printed: z.string().min(1).optional(),
  })
  .strict();

export const PlanSourceSchema = z
  .object({
    /** Original file name, as in data/sources/manifest.json. */
    file: z.string().min(1),
    /** Document title as printed. */
    title: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    /** Date as printed (ISO), or null when the document prints none. */
    date: z.string().min(1).nullable(),
  })
  .strict();

export const PlanSchema = z
  .object({
    /** Slug, unique within the municipality: suicide-prevention-1, strategic-2024 … */
    id: z.string().regex(/^[a-z0-9-]+$/),
    municipality: z.string().min(1),
    title: z.string().min(1),
    kind: z.enum(["suicide-prevention", "strategic"]),
    fiscalYears: z.array(FiscalYearSchema),
    grades: z.array(GradeLegendEntrySchema),
    source: PlanSourceSchema,
    /** What the period of the figures means, stated plainly (e.g. "令和7年9月末時点"). */
    asOf: z.string().min(1).nullable().default(null),
    /** What the source covers and what it leaves out, shown on the plan page. */
    coverage: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A numbered item of the source that is deliberately not a measure in our data. */
export const ExclusionSchema = z
  .object({
    code: z.string().min(1),
    lines: LineRangeSchema,
    reason: z.string().min(1),
  })
  .strict();

/** data/<municipality>/<plan>.json — written only by `npm run data:ingest`. */
export const PlanFileSchema = z
  .object({
    plan: PlanSchema,
    measures: z.array(MeasureSchema),
    excluded: z.array(ExclusionSchema),
  })
  .strict();

export type Plan = z.infer<typeof PlanSchema>;
export type PlanFile = z.infer<typeof PlanFileSchema>;
export type PlanFileInput = z.input<typeof PlanFileSchema>;
export type Exclusion = z.infer<typeof ExclusionSchema>;
