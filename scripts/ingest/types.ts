import type { CurationFile, CurationPatch } from "../../src/schemas/curation.ts";
import type { PlanFileInput } from "../../src/schemas/plan.ts";

/**
 * One source format, one ingester. `parse` is pure: source text and its curation file in,
 * a plan file out. It must not read files, the clock or randomness, so `npm run data:ingest`
 * regenerates data/ byte-for-byte. Curation patches are applied afterwards by the orchestrator;
 * `records` (whole curated records) are for the ingester itself to read.
 */
export interface SourceIngester {
  /** Original file name in data/sources/. */
  readonly file: string;
  readonly municipality: string;
  /** Plan slug: the output is data/<municipality>/<planId>.json. */
  readonly planId: string;
  parse(text: string, curation: CurationFile): PlanFileInput;
  /**
   * How this source joins the printed lines of one cell, used to fill a curation entry that
   * omits `value`. Default: joinWrappedLines (src/lib/normalize.ts).
   */
  joinCell?(lines: readonly string[], patch: CurationPatch): string | null;
}

/**
 * Counts the numbered items of a source independently of its parser (completeness check).
 * Returns the codes found, so the check can name which one is missing.
 */
export type ItemCounter = (text: string) => string[];
