/**
 * Independent item counter for the Nerima strategic-plan sources (001_c1b66bdeafbb3a2a.txt,
 * 004_caae4ee036b110b1.txt). It shares no code with the parser it checks (see counters.test.ts):
 * it reads the № lines its own way and never looks at the curated records.
 *
 * 001 prints each № line in a bold font the extraction doubled, one glyph twice: `№№  77  --  11`
 * is 7-1, `1100` is 10, `55  --  99のの再再掲掲` is 5-9 (a repost); duplicated page copies repeat
 * a code, which counts once. 004 prints `No. 1-1`.
 */
import type { ItemCounter } from "../types.ts";

const FULL_DIGITS = "０１２３４５６７８９";

/** `7711` → `71`: every other glyph of a doubled run; null when the run is not doubled. */
function undouble(run: string): string | null {
  if (run.length % 2 !== 0) return null;
  let out = "";
  for (let i = 0; i < run.length; i += 2) {
    if (run[i] !== run[i + 1]) return null;
    out += run[i];
  }
  return out;
}

/**
 * The item number 001:1639 lost (`№№  99  -- 年度別の取組計画`): the nearest numbered heading above
 * it (`２　重層的な支援体制の強化`, a full-width digit and an ideographic space) gives it.
 */
function itemFromHeadingAbove(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const m = /^\s*([０-９]+)\u3000/u.exec(lines[i] ?? "");
    if (m) return [...(m[1] as string)].map((d) => String(FULL_DIGITS.indexOf(d))).join("");
  }
  throw new Error(`line ${index + 1}: a № line without an item number and no heading above it`);
}

export const countItems: ItemCounter = (text) => {
  const lines = text.split("\n");
  const codes: string[] = [];
  lines.forEach((line, i) => {
    const plain = /^No\. (\d+)-(\d+)$/u.exec(line.trim());
    const bold = /^№№\s+(\d+)\s+--\s+(\d*)/u.exec(line);
    let code: string | null = null;
    if (plain) code = `${plain[1]}-${plain[2]}`;
    else if (bold) {
      const plan = undouble(bold[1] as string);
      const item = bold[2] === "" ? itemFromHeadingAbove(lines, i) : undouble(bold[2] as string);
      if (plan === null || item === null) throw new Error(`line ${i + 1}: cannot read "${line}"`);
      code = `${plan}-${item}`;
    }
    if (code !== null && !codes.includes(code)) codes.push(code);
  });
  return codes;
};
