/**
 * Splits a measure's rows into text blocks and grade tokens. In this source a table cell is a run
 * of wrapped lines; cells are separated by a blank line, by an ASCII space on the same line (the
 * extraction glued neighbouring cells, docs/sources/nerima-suicide-plan.md#glued-cells), or by a
 * grade token.
 */
import { trimLine } from "../../../src/lib/normalize.ts";
import type { Grade } from "../../../src/schemas/measure.ts";
import { lineAt } from "./layout.ts";

/** A grade token as printed: ASCII or full-width A, A+ (A＋ only in the legend), B. */
const GRADE_TOKEN = /^(A\+|A＋|Ａ＋|A|Ａ|B|Ｂ)$/u;

export function gradeOf(token: string): Grade | null {
  const m = GRADE_TOKEN.exec(token);
  if (!m) return null;
  const t = (m[1] as string).normalize("NFKC");
  return t === "A+" ? "A+" : t === "A" ? "A" : "B";
}

/** How a block is separated from what comes before it. */
export type Gap = "start" | "blank" | "space" | "grade";

export interface Fragment {
  line: number;
  text: string;
}

export interface TextBlock {
  kind: "text";
  gap: Gap;
  fragments: Fragment[];
}

export interface GradeToken {
  kind: "grade";
  grade: Grade;
  printed: string;
  line: number;
}

export type Token = TextBlock | GradeToken;

export function blockLines(block: TextBlock): [number, number] {
  return [(block.fragments[0] as Fragment).line, (block.fragments.at(-1) as Fragment).line];
}

/**
 * Tokens of lines `first`..`last` (1-based, inclusive). One-character lines right after a grade
 * are the vertical grade label (概/ね/計/画/ど/お/り, 計画以上に進んだ, `：`;
 * docs/sources/nerima-suicide-plan.md#grade-forms) and dropped.
 */
export function tokenize(lines: readonly string[], first: number, last: number): Token[] {
  const tokens: Token[] = [];
  let current: TextBlock | null = null;
  let pendingGap: Gap = "start";
  let afterGrade = false;
  for (let n = first; n <= last; n++) {
    const line = lineAt(lines, n);
    if (line === "") {
      current = null;
      if (tokens.at(-1)?.kind === "text") pendingGap = "blank";
      continue;
    }
    if (afterGrade && [...line].length === 1 && !gradeOf(line)) continue;
    afterGrade = false;
    const parts = line
      .split(/ +/u)
      .map(trimLine)
      .filter((p) => p !== "");
    for (const [i, part] of parts.entries()) {
      const grade = gradeOf(part);
      if (grade) {
        tokens.push({ kind: "grade", grade, printed: part, line: n });
        current = null;
        pendingGap = "grade";
        afterGrade = i === parts.length - 1;
        continue;
      }
      if (i > 0 && current) {
        current = null;
        pendingGap = "space";
      }
      if (!current) {
        current = { kind: "text", gap: pendingGap, fragments: [] };
        tokens.push(current);
      }
      current.fragments.push({ line: n, text: part });
    }
  }
  return tokens;
}
