/**
 * Responsible sections (担当課) and their divisions (部): which measures each section runs, across
 * every plan of a municipality. When a measure names several divisions, the source prints one line
 * per division with its sections (「教育振興部　教育指導課、学校教育支援センター」 /
 * 「こども家庭部　子ども家庭支援センター」, Nerima strategic 4-15); those printed lines say which
 * section belongs to which division, so nothing is guessed. A section a line does not pair with a
 * division keeps division null.
 */
import type { Measure } from "../schemas/measure.ts";

export interface SectionRef {
  /** The section as printed, without a division prefix (福祉部管理課 → 管理課 under 福祉部). */
  name: string;
  division: string | null;
}

/** Whitespace between a division and its sections on a printed line (ASCII or U+3000). */
const GAP = /^[\s\u3000]+/u;

/** The divisions a measure prints, one per line of its division cell. */
export function divisionsOf(measure: Pick<Measure, "division">): string[] {
  return (measure.division ?? "")
    .split("\n")
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
}

/** department → division from printed lines such as 「こども家庭部　子ども家庭支援センター」. */
export function pairFromLines(
  divisions: readonly string[],
  lines: readonly string[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const raw of lines) {
    const line = raw.trim();
    const division = divisions.find((d) => line.startsWith(d) && GAP.test(line.slice(d.length)));
    if (!division) continue;
    for (const name of line.slice(division.length).replace(GAP, "").split("、")) {
      if (name.trim()) out.set(name.trim(), division);
    }
  }
  return out;
}

/**
 * Each department of a measure with its division. One division: it is every department's. Several:
 * as the printed lines pair them. `knownDivisions` (every division the municipality prints) splits
 * a name printed with its division in front (練馬区の自殺対策計画の「福祉部管理課」).
 */
export function sectionsOf(
  measure: Pick<Measure, "departments" | "division">,
  printedLines: readonly string[],
  knownDivisions: readonly string[],
): SectionRef[] {
  const divisions = divisionsOf(measure);
  const paired = divisions.length > 1 ? pairFromLines(divisions, printedLines) : new Map();
  return measure.departments.map((raw) => {
    const prefix = knownDivisions.find((d) => raw.startsWith(d) && raw.length > d.length);
    if (prefix && !/^[、,]/u.test(raw.slice(prefix.length))) {
      return { name: raw.slice(prefix.length), division: prefix };
    }
    if (divisions.length === 1) return { name: raw, division: divisions[0] ?? null };
    return { name: raw, division: paired.get(raw) ?? null };
  });
}
