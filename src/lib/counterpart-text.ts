/**
 * The text a counterpart match is computed on, and its character n-grams. Text is normalized the
 * way search keys are (NFKC, lower case, 子ども/こども, 障害/障がい folded) and cut into runs of
 * letters and digits, so no n-gram spans punctuation, a line break or two fields.
 */
import type { Measure } from "../schemas/measure.ts";
import { foldVariants } from "./search/key.ts";

/** Characters that end a run: anything that is neither a letter, a digit nor the long-vowel mark. */
const SEPARATOR = /[^\p{L}\p{N}ー]+/u;

/** The normalized runs of one text (empty runs dropped). */
export function textRuns(text: string): string[] {
  return foldVariants(text.normalize("NFKC").toLowerCase())
    .split(SEPARATOR)
    .filter((r) => r.length > 0);
}

/**
 * What a measure says about itself: title, description and every year's result. Assessments and
 * plans are left out: they say how it went, not what the measure is.
 */
export function measureTexts(measure: Pick<Measure, "title" | "description" | "years">): string[] {
  return [
    measure.title,
    measure.description ?? "",
    ...measure.years.map((y) => y.result ?? ""),
  ].filter((t) => t.length > 0);
}

/** The runs of all texts of a measure. */
export function measureRuns(measure: Pick<Measure, "title" | "description" | "years">): string[] {
  return measureTexts(measure).flatMap(textRuns);
}

/** Character n-grams of the runs, for each length in `sizes`, with their counts. */
export function countGrams(runs: readonly string[], sizes: readonly number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const run of runs) {
    const chars = Array.from(run);
    for (const n of sizes) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n).join("");
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}
