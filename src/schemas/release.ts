import { z } from "zod";

/** One data release: when it was cut and what changed for a reader of the data. */
export const ReleaseSchema = z.object({
  /** ISO date the release was made (the date part of the data version). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A short Japanese headline. */
  title: z.string().min(1),
  /** What changed, one sentence each, in Japanese. */
  changes: z.array(z.string().min(1)).min(1),
});

/** data/releases.json — newest first. */
export const ReleasesFileSchema = z
  .object({ releases: z.array(ReleaseSchema).min(1) })
  .refine((f) => f.releases.every((r, i) => i === 0 || r.date <= f.releases[i - 1]!.date), {
    message: "releases must be listed newest first",
  });

export type Release = z.infer<typeof ReleaseSchema>;
