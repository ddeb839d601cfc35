/**
 * Index-time segmentation that pagefind's Japanese pipeline cannot break.
 *
 * pagefind segments Japanese twice, differently: Lindera when indexing, the browser's
 * Intl.Segmenter when searching, so compounds (自殺未遂, ゲートキーパー) are often split one way
 * in the index and another in the query, and the query misses (pagefind/pagefind#1237).
 * Instead, every measure's text is also indexed as character bigrams, each bigram written
 * as an 8-letter a–z word that both segmenters keep whole; a query becomes the bigrams of its
 * words. A page matches when it holds every bigram of the query (pagefind ANDs terms), which
 * is substring matching for all practical purposes, with no dictionary.
 */
import { toSearchKey } from "./key.ts";

const LETTERS = 26;
const CODE_LENGTH = 4;
/** Code points up to U+6F90F fit in four letters (BMP and CJK Extension B). */
const MAX_CODE_POINT = LETTERS ** CODE_LENGTH - 1;
/** Marks the end of a text, so every character starts at least one bigram. */
const END = "aaaa";

/** A character as four letters a–z (base 26), or null for a code point beyond the range. */
export function encodeChar(char: string): string | null {
  let n = char.codePointAt(0) ?? 0;
  if (n === 0 || n > MAX_CODE_POINT) return null;
  let out = "";
  for (let i = 0; i < CODE_LENGTH; i++) {
    out = String.fromCharCode(97 + (n % LETTERS)) + out;
    n = Math.floor(n / LETTERS);
  }
  return out;
}

function codesOf(key: string): (string | null)[] {
  return Array.from(key, encodeChar);
}

/** Bigram words of one text, each once; the last character pairs with the end mark. */
export function textTokens(text: string): string[] {
  const codes = codesOf(toSearchKey(text));
  const out = new Set<string>();
  for (let i = 0; i < codes.length; i++) {
    const a = codes[i];
    if (!a) continue;
    out.add(a + (i + 1 < codes.length ? (codes[i + 1] ?? END) : END));
  }
  return [...out];
}

/** Bigram words of several texts (fields are never joined: no bigram spans two fields). */
export function documentTokens(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(textTokens))];
}

/**
 * The words pagefind should search for one query word: its bigrams; a single character
 * becomes a 4-letter prefix, which pagefind extends to every bigram starting with it.
 */
export function termTokens(term: string): string[] {
  const codes = codesOf(toSearchKey(term));
  if (codes.length === 1) return codes[0] ? [codes[0]] : [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < codes.length; i++) {
    const a = codes[i];
    const b = codes[i + 1];
    if (a && b) out.add(a + b);
  }
  return [...out];
}
