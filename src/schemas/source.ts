import { z } from "zod";

/** A value about a source that is not printed in it, with what shows it. */
export const EvidencedValueSchema = z.object({
  value: z.string().min(1),
  /** What shows the value (a page, a line of the document), in Japanese, so a reader can check. */
  evidence: z.string().min(1),
});

/**
 * Where and how the municipality published the document, as far as evidence shows. Each field
 * stays null until someone finds it; a guessed URL, date or publisher is never recorded.
 */
export const SourcePublicationSchema = z.object({
  /** The municipality's own page or PDF for this document, or null when not found. */
  url: z.url().nullable(),
  /** The municipality's official top page, linked when the document's own URL is unknown. */
  officialSite: z.url(),
  /** Publisher where the document itself prints none. */
  publisher: EvidencedValueSchema.nullable(),
  /** Publication date (ISO) where the document itself prints none. */
  date: EvidencedValueSchema.nullable(),
  /** ISO date the text was retrieved, or null when that was not recorded. */
  retrieved: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  /** The municipality's published terms of reuse for its site's content, or null when not found. */
  terms: z.object({ name: z.string().min(1), url: z.url() }).nullable(),
  /** Where we looked and what we found, in Japanese (shown on the source page). */
  searchNote: z.string().min(1),
});

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
  /** Where the document was published and under which terms (see SourcePublicationSchema). */
  publication: SourcePublicationSchema.nullable().default(null),
});

export const SourceManifestSchema = z.object({ sources: z.array(SourceManifestEntrySchema) });

export type SourceManifestEntry = z.infer<typeof SourceManifestEntrySchema>;
export type SourceManifest = z.infer<typeof SourceManifestSchema>;
export type SourcePublication = z.infer<typeof SourcePublicationSchema>;
