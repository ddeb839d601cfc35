import { z } from "zod";

export const SourceManifestEntrySchema = z.object({
  /** Original file name, kept unchanged in data/sources/. */
  file: z.string().regex(/^[\w.-]+\.txt$/),
  municipality: z.string().min(1),
  /** Document title as printed. */
  title: z.string().min(1),
  publisher: z.string().min(1).nullable(),
  /** ISO date where the document prints one, else null. */
  date: z.string().nullable(),
  /** Period the figures cover, in words. */
  period: z.string().min(1),
  /** Physical lines, counting an unterminated last line. */
  lineCount: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /**
   * Whole lines (trimmed) that are layout debris in this source — page headers, one-character
   * vertical labels. The provenance check skips them inside a cited range, nothing else.
   */
  debrisLines: z.array(z.string()).default([]),
});

export const SourceManifestSchema = z.object({ sources: z.array(SourceManifestEntrySchema) });

export type SourceManifestEntry = z.infer<typeof SourceManifestEntrySchema>;
export type SourceManifest = z.infer<typeof SourceManifestSchema>;
