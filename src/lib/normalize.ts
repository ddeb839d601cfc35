/**
 * The only changes we make to source text (docs/data-contract.md#normalization): whitespace, joining lines the PDF
 * layout wrapped, and the width of digits and letters in codes and keys. Wording is never touched.
 */

/**
 * A line that starts a new logical line: bullet, note, (1) / （１） / ⑴, circled number, 【label】,
 * "1." / "2)" — but not a decimal such as "98.7％", which continues a wrapped cell.
 */
const LOGICAL_LINE_START =
  /^(?:[・※●○◆◇■□▪•【]|[(（][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳⑴-⒇]|[0-9０-９]+[).）](?![0-9０-９]))/u;

/** Whitespace at the ends of a line: ASCII spaces/tabs and the ideographic space U+3000. */
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/gu;

/** Trim a line: PDF extraction indents with U+3000 and pads with ASCII spaces. */
export function trimLine(line: string): string {
  return line.replace(EDGE_SPACE, "");
}

/** Collapse runs of ASCII whitespace inside a line (alignment padding) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t]{2,}/g, " ");
}

/** True when the line begins a new logical line rather than continuing a wrapped one. */
export function startsLogicalLine(line: string): boolean {
  return LOGICAL_LINE_START.test(trimLine(line));
}

/**
 * Join lines wrapped by the layout into cell text: lines are trimmed, blank lines dropped,
 * wrapped lines joined with no separator (Japanese wraps mid-word), and a line break kept
 * where a new logical line starts (a list marker). Returns null when nothing is left.
 */
export function joinWrappedLines(lines: readonly string[]): string | null {
  let text = "";
  for (const raw of lines) {
    const line = collapseSpaces(trimLine(raw));
    if (line === "") continue;
    if (text === "") text = line;
    else text += (startsLogicalLine(line) ? "\n" : "") + line;
  }
  return text === "" ? null : text;
}

const FULLWIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ－]/gu;

/** Full-width digits, Latin letters and hyphen to half-width: for codes and keys only. */
export function toHalfWidth(text: string): string {
  return text.replace(FULLWIDTH_ALNUM, (ch) =>
    ch === "－" ? "-" : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** Remove HTML tags left in extracted text (`<b>`, `<ul style=…>`, `<li>`). */
export function stripHtmlTags(text: string): string {
  return text.replace(/<\/?[a-zA-Z][^>]*>/g, " ");
}

/**
 * The form two texts are compared in (provenance, search tests): NFKC, no HTML tags, no
 * whitespace. Never used for display — NFKC turns ① into 1 and ㎡ into m2.
 */
export function toComparable(text: string): string {
  return stripHtmlTags(text)
    .normalize("NFKC")
    .replace(/[\s\u3000\u200b]+/gu, "");
}

/** Does `needle` occur in `haystack`, ignoring width, HTML tags and whitespace? */
export function containsComparable(haystack: string, needle: string): boolean {
  return toComparable(haystack).includes(toComparable(needle));
}
