/**
 * Label widths without a DOM: charts are written at build time, so a label's width is estimated
 * per character — full-width (kanji, kana, full-width forms, ①, ※, …) is 1 em, half-width
 * (ASCII, half-width kana) a little over half an em. The estimate errs wide: a label that fits
 * the estimate fits the Japanese fonts readers have (checked in Chromium by the layout test).
 */

/** Half-width letters and digits: Noto Sans CJK's proportional Latin is ≈0.55 em; 0.6 errs wide. */
const HALF = 0.6;
/** Wide capitals (M, W) and the like. */
const WIDE_LATIN = 0.9;

/** Width of one character in em. */
export function charWidthEm(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x20) return 0.3;
  if (cp >= 0xff61 && cp <= 0xff9f) return 0.5; // half-width katakana
  if (cp < 0x2000) return /[MWmw@%]/u.test(ch) ? WIDE_LATIN : HALF;
  return 1; // punctuation, symbols, CJK, full-width forms: a full em in a CJK font
}

/** Estimated width of a one-line label in px at a font size in px. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidthEm(ch);
  return em * fontSize;
}

export interface FittedLabel {
  /** Lines to print, each within the width; the last ends in … when the text was cut. */
  lines: string[];
  /** Whether text was left out (the table beside the chart and the <desc> have all of it). */
  cut: boolean;
}

const ELLIPSIS = "…";

/**
 * Wrap a label into at most `maxLines` lines no wider than `maxWidth` px; line breaks the source
 * printed are kept. Japanese breaks between any two characters, so lines are cut per character.
 */
export function fitLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 1,
): FittedLabel {
  const all: string[] = [];
  for (const printed of text.split(/\n/u)) {
    const source = printed.replace(/\s+/gu, " ").trim();
    if (source === "") continue;
    let line = "";
    for (const ch of source) {
      if (line === "" || estimateTextWidth(line + ch, fontSize) <= maxWidth) {
        line += ch;
      } else {
        all.push(line);
        line = ch;
      }
    }
    all.push(line);
  }
  if (all.length <= maxLines) return { lines: all, cut: false };
  const lines = all.slice(0, maxLines);
  let last = lines[maxLines - 1] ?? "";
  while (last !== "" && estimateTextWidth(last + ELLIPSIS, fontSize) > maxWidth) {
    last = [...last].slice(0, -1).join("");
  }
  lines[maxLines - 1] = last + ELLIPSIS;
  return { lines, cut: true };
}
