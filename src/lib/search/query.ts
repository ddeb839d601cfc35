/** What a typed query becomes: words for display and the URL, and the string pagefind searches. */
import { termTokens } from "./tokens.ts";

const SPACES = /[\s\u3000]+/u;

/** The query as typed, NFKC-normalized and trimmed, spaces collapsed: for the URL and headings. */
export function normalizeQuery(raw: string): string {
  return raw.normalize("NFKC").split(SPACES).filter(Boolean).join(" ");
}

/** Quotes people wrap a phrase in: every query is a phrase already, so they are dropped. */
const QUOTES = /["'“”‘’「」『』]/gu;

/** The words of a query (split on ASCII or ideographic spaces), without quotes. */
export function queryWords(raw: string): string[] {
  return normalizeQuery(raw.replace(QUOTES, " ")).split(" ").filter(Boolean);
}

/**
 * The term to pass to pagefind.search: the bigram words of every query word, space separated
 * (pagefind requires all of them). null when nothing searchable is left (then filters alone
 * decide, or there is no search).
 */
export function toPagefindQuery(raw: string): string | null {
  const tokens = [...new Set(queryWords(raw).flatMap(termTokens))];
  return tokens.length === 0 ? null : tokens.join(" ");
}
