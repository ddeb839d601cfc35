/**
 * Joining the lines of one table cell printed in a fixed-width column (Koganei, and Nerima's
 * suicide-prevention report): a line the layout wrapped is joined to
 * the next with no separator; a line the author ended keeps its "\n". The sheet is printed in
 * fixed-width columns, so a line that stops early although the next line's first piece would
 * have fitted was ended by the author, not by the layout.
 *
 * Widths are in full-width characters: a full-width character (kanji, kana, `、`, `（`, `％`,
 * the indent U+3000) counts 1, an ASCII or half-width katakana character ½ (`5,931人` = 3.5).
 * Measured on every line of 002_7f059ffc7f93b1c5.txt that is not the last of its cell, the
 * widest lines are, on all four pages alike: FY2020 実施状況 22, 評価 20, 達成度 4, 今後 19;
 * FY2021 実施状況, 評価 and 今後 22 (see COLUMN_WIDTHS in cells.ts).
 *
 * Why not one fixed margin: 2 short of the width, both kinds occur. Ended by the author: 633
 * `第二庁舎トイレにリーフレットを設置した。` (20 of 22) ‖ `関係窓口…`, 1517 `…有所見率20.8％`
 * (20 of 22) ‖ `１歳半健診…`. Wrapped: 374 `…研修受講率は` (20 of 22) ‖ `100％であった。`, 1496
 * `…面談率は` (18 of 20) ‖ `81.8％と…`: the next line starts with a number, which the layout
 * never splits. So the margin depends on the next line: a line ends a logical line when its
 * width is at most the column width minus (1 + the width of the next line's first unbreakable
 * piece). The 1 is slack for the layout: wrapped lines a full character short of the width,
 * with a one-character piece next, are in the source (198 `…報酬助成を` ‖ `行った。`, 786
 * `…年間59` ‖ `日177コマ`), and ASCII widths are only roughly ½ (799 `…前年度比113.4%であっ` ‖
 * `た。` wrapped at 18 of 20). The price: a line the author ended within 1 of the limit is
 * joined, as before (793 `…整えている。` ‖ `市報、…`, 21 of 22, may be one).
 */
import { collapseSpaces, startsLogicalLine, trimLine } from "../../src/lib/normalize.ts";

/** The layout's slack: a wrapped line may stop up to this much short of the next piece. */
const SLACK = 1;

/**
 * Characters the layout never puts first on a line (Japanese line-breaking rules, 禁則): no
 * cell line of the source starts with one, and wraps such as `ゲート` ‖ `キーパー` in the
 * 4-wide 達成度 column (1131) show that `キー` moves as a whole.
 */
const NO_LINE_START =
  /^[、。，．・：；？！ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ）」』】〕〉》％,.:;?!)\]}%]/u;
/** Characters the layout never puts last on a line: the next character comes along. */
const NO_LINE_END = /^[（「『【〔〈《([{]/u;
/** A run of ASCII (a number such as `81.8`, `1,078`, a word such as `Twitter`): never split. */
const ASCII_RUN = /^[\x21-\x7e]+/u;

/** Width of one character: ½ for ASCII and half-width katakana (`ｶｳﾝｾﾗｰ`, 786), else 1. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0x7e || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
}

/** Printed width of a line: its leading ideographic-space indent counts, edge spaces not. */
export function printedWidth(line: string): number {
  const indent = /^[ \t]*(\u3000*)/u.exec(line)?.[1]?.length ?? 0;
  return indent + [...trimLine(line)].reduce((sum, ch) => sum + charWidth(ch), 0);
}

/** Width of the first piece of `line` the layout cannot split: `キー`, `（前`, `100％`, `た。`. */
export function leadingPieceWidth(line: string): number {
  const chars = [...trimLine(line)];
  if (chars.length === 0) return 0;
  // Opening brackets stay with what follows them: `（前`, `（10/12`.
  let n = 0;
  while (n < chars.length - 1 && NO_LINE_END.test(chars[n] ?? "")) n++;
  n += ASCII_RUN.exec(chars.slice(n).join(""))?.[0].length ?? 1;
  while (n < chars.length && NO_LINE_START.test(chars[n] ?? "")) n++;
  return chars.slice(0, n).reduce((sum, ch) => sum + charWidth(ch), 0);
}

/**
 * True when `line` was ended by the author: `next` is not the cell's first line, and the first
 * piece of `next` would have fitted on `line` with room to spare (SLACK).
 */
export function endsLogicalLine(line: string, next: string, wrapWidth: number): boolean {
  return printedWidth(line) + leadingPieceWidth(next) <= wrapWidth - SLACK;
}

/**
 * Join the printed lines of one cell of a column `wrapWidth` wide. Lines keep their leading
 * ideographic-space indent (it takes room in the column); they are trimmed and spaces collapsed.
 * A "\n" is kept before a list marker (`【`, `・`, `（１）` …) and after a line that ends a
 * logical line; layout wraps are joined with no separator. Blank lines are skipped. Returns
 * null when nothing is left.
 */
export function joinColumnLines(lines: readonly string[], wrapWidth: number): string | null {
  let text = "";
  let previous: string | null = null;
  for (const raw of lines) {
    const line = collapseSpaces(trimLine(raw));
    if (line === "") continue;
    if (previous === null) text = line;
    else {
      const newLine = startsLogicalLine(line) || endsLogicalLine(previous, raw, wrapWidth);
      text += (newLine ? "\n" : "") + line;
    }
    previous = raw;
  }
  return previous === null ? null : text;
}
