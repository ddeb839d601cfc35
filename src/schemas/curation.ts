import { z } from "zod";
import { LineRangeSchema } from "./measure.ts";

/**
 * One correction a person made because the parser cannot place a cell: the value, the source
 * lines it comes from, and why. Applied by the ingest orchestrator after the parser ran.
 */
export const CurationPatchSchema = z.object({
  /** Code of the measure the patch applies to (e.g. "41", "1-2-3"). */
  measure: z.string().min(1),
  /** JSON path inside the measure: "years.0.result", "departments", "indicators.1.values.0.value". */
  path: z.string().regex(/^[A-Za-z]+(\.[A-Za-z0-9]+)*$/),
  /** The value as it belongs in the data; null records a cell as unknown. */
  value: z.unknown(),
  /** Source lines holding the value; null only when the value is null (unknown). */
  lines: LineRangeSchema.nullable(),
  reason: z.string().min(1),
  /**
   * The cell is printed but cannot be placed: the value must be null, and the measure lists the
   * path in unknownFields. A null without this flag is a cell the source leaves empty.
   */
  unknown: z.boolean().optional(),
  /** A caveat to show on the measure page, when the reader should know. */
  note: z.string().min(1).optional(),
});

/** data/curation/<source-stem>.json */
export const CurationFileSchema = z.object({
  /** Original file name of the source these entries belong to. */
  source: z.string().min(1),
  patches: z.array(CurationPatchSchema).default([]),
  /** Whole records a source's ingester reads itself (curated strategic-plan tables). */
  records: z.array(z.unknown()).default([]),
});

export type CurationPatch = z.infer<typeof CurationPatchSchema>;
export type CurationFile = z.infer<typeof CurationFileSchema>;
