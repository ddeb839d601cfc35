/**
 * The excerpt a result shows, with the query's words marked. Computed here rather than taken
 * from pagefind: pagefind marks the words it matched, which for us are the bigram words (see
 * tokens.ts), not the text. Matching uses the search form (width, case, spelling variants).
 */
import { spellingsOf } from "./key.ts";
import { stripTokenWords } from "./index-text.ts";

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

interface Mapped {
  /** The text in match form: NFKC, lower case, no whitespace. */
  key: string;
  /** For each code unit of key, the [start, end) of the character in the original text. */
  spans: [number, number][];
}

function mapText(text: string): Mapped {
  let key = "";
  const spans: [number, number][] = [];
  let at = 0;
  for (const ch of text) {
    const k = /\s/u.test(ch) ? "" : ch.normalize("NFKC").toLowerCase();
    for (let i = 0; i < k.length; i++) spans.push([at, at + ch.length]);
    key += k;
    at += ch.length;
  }
  return { key, spans };
}

function matchForm(word: string): string {
  return word.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
}

/** Ranges [start, end) in `text` where any spelling of any word occurs. */
export function findMatches(text: string, words: readonly string[]): [number, number][] {
  const { key, spans } = mapText(text);
  const out: [number, number][] = [];
  for (const word of words) {
    for (const spelling of spellingsOf(word).map(matchForm)) {
      if (!spelling) continue;
      for (let i = key.indexOf(spelling); i >= 0; i = key.indexOf(spelling, i + 1)) {
        const first = spans[i];
        const last = spans[i + spelling.length - 1];
        if (first && last) out.push([first[0], last[1]]);
      }
    }
  }
  return out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/**
 * About `length` characters of `content` around the first match (after the text `after`, the
 * title, when it has one), split into marked and unmarked parts; the start of the text when
 * nothing matches. "…" marks a cut.
 */
export function buildExcerpt(
  content: string,
  words: readonly string[],
  options: { length?: number; after?: string } = {},
): ExcerptPart[] {
  const length = options.length ?? 100;
  const text = stripTokenWords(content).replace(/\s+/gu, " ").trim();
  const matches = findMatches(text, words);
  // The result already shows the title: prefer a match in the text after it.
  const titleAt = options.after ? text.indexOf(options.after) : -1;
  const bodyStart = titleAt < 0 ? 0 : titleAt + (options.after ?? "").length;
  const first = matches.find(([a]) => a >= bodyStart) ?? matches[0];
  const start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (s: string, mark: boolean): void => {
    if (s) parts.push({ text: s, mark });
  };
  push(start > 0 ? "…" : "", false);
  let at = start;
  for (const [a, b] of matches) {
    if (b <= at || a >= end) continue;
    const from = Math.max(a, at);
    const to = Math.min(b, end);
    push(text.slice(at, from), false);
    push(text.slice(from, to), true);
    at = to;
  }
  push(text.slice(at, end), false);
  push(end < text.length ? "…" : "", false);
  return parts;
}

/** A section heading as the index holds it: 【令和2年度（2020年度）途中経過】 (IndexPunct.astro). */
const HEADING = /【([^【】]*)】/gu;
const YEAR_HEADING = /^(?:令和|平成)(?:元|\d+)年度（(\d{4})年度）/u;

/**
 * The fiscal year whose section holds the first match in the body (after the title), or null
 * when the match is elsewhere (description, chart table, notes) or nothing matches.
 */
export function matchedFiscalYear(
  content: string,
  words: readonly string[],
  options: { after?: string } = {},
): number | null {
  const text = stripTokenWords(content).replace(/\s+/gu, " ").trim();
  const titleAt = options.after ? text.indexOf(options.after) : -1;
  const bodyStart = titleAt < 0 ? 0 : titleAt + (options.after ?? "").length;
  const first = findMatches(text, words).find(([a]) => a >= bodyStart);
  if (!first) return null;
  let heading: string | null = null;
  for (const m of text.slice(0, first[0]).matchAll(HEADING)) heading = m[1] ?? null;
  const year = heading === null ? null : YEAR_HEADING.exec(heading);
  return year ? Number(year[1]) : null;
}
