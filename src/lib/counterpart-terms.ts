/**
 * Readable shared terms for a match: the n-grams that contribute most to two measures'
 * similarity, each grown into the longest string both texts share around it, so a reader sees
 * 「ゲートキーパー養成講座」 rather than ゲー, ート, トキ ….
 */

/**
 * Edges that make a poor shown term: kana left over from the word before (「て解決方法」), a
 * trailing particle or verb ending (「講座を実施します」), digits of a count or date (「小学校3」).
 */
const EDGE_NOISE =
  /^\p{Script=Hiragana}{1,2}(?=\P{Script=Hiragana})|(?:[のをにはがでともへや]|します|しました|した|する|して|され|ます)+$|^\p{N}+|\p{N}+$/gu;
/** A term that is only kana or holds a count or date (「8名」「2月」) explains nothing. */
const WEAK_TERM = /^\p{Script=Hiragana}+$|\p{N}/u;

/**
 * A measure's runs as one string, for substring tests: one native search instead of one per run.
 * Runs never hold U+0000 (text runs are cut at controls and spaces), so no match spans two runs.
 * Cached per runs array: a measure's runs are explained against many others.
 */
const joinedRuns = new WeakMap<readonly string[], string>();
function joined(runs: readonly string[]): string {
  let text = joinedRuns.get(runs);
  if (text === undefined) {
    text = runs.join("\u0000");
    joinedRuns.set(runs, text);
  }
  return text;
}

const distinctRuns = new WeakMap<readonly string[], readonly string[]>();
function distinct(runs: readonly string[]): readonly string[] {
  let unique = distinctRuns.get(runs);
  if (unique === undefined) {
    unique = [...new Set(runs)];
    distinctRuns.set(runs, unique);
  }
  return unique;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;
const isKatakana = (ch: string | undefined): boolean => ch !== undefined && KATAKANA.test(ch);

/**
 * The longest substring around one occurrence of `gram` in `run` that also occurs in `other`,
 * without a katakana word cut in the middle at either end (「ーター」 of サポーター).
 */
function growAround(run: string, at: number, gramLength: number, other: string): string {
  let start = at;
  let end = at + gramLength;
  while (end < run.length && other.includes(run.slice(start, end + 1))) end += 1;
  while (start > 0 && other.includes(run.slice(start - 1, end))) start -= 1;
  if (isKatakana(run[start - 1])) while (start < end && isKatakana(run[start])) start += 1;
  if (isKatakana(run[end])) while (end > start && isKatakana(run[end - 1])) end -= 1;
  return run.slice(start, end);
}

/** The longest string containing `gram` that both sets of runs share ("" if only a word fragment). */
export function longestSharedAround(
  gram: string,
  runs: readonly string[],
  other: readonly string[],
): string {
  let best = "";
  const otherText = joined(other);
  // A run printed again (the same sentence in several years' results) grows the same way, and
  // only a strictly longer string replaces the best: each distinct run is looked at once.
  for (const run of distinct(runs)) {
    for (let at = run.indexOf(gram); at !== -1; at = run.indexOf(gram, at + 1)) {
      const grown = growAround(run, at, gram.length, otherText);
      if (grown.length > best.length) best = grown;
    }
  }
  return best;
}

/** A shown form of a term: particles trimmed from both ends; null when nothing telling is left. */
export function tidyTerm(term: string): string | null {
  let tidy = term;
  for (let before = ""; before !== tidy;) {
    before = tidy;
    tidy = tidy.replace(EDGE_NOISE, "");
  }
  return Array.from(tidy).length < 2 || WEAK_TERM.test(tidy) ? null : tidy;
}

/**
 * Up to `max` terms explaining a match. `grams` are the shared n-grams with their contribution
 * to the score, largest first; each becomes the longest shared string around it, and a term
 * already inside a longer one is not repeated.
 */
export function explainMatch(
  grams: readonly { gram: string; contribution: number }[],
  runsA: readonly string[],
  runsB: readonly string[],
  max = 4,
): string[] {
  const grown = new Map<string, number>();
  for (const { gram, contribution } of grams) {
    const term = tidyTerm(longestSharedAround(gram, runsA, runsB));
    if (term) grown.set(term, (grown.get(term) ?? 0) + contribution);
  }
  const ranked = [...grown.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  const out: string[] = [];
  for (const [term] of ranked) {
    if (out.some((t) => t.includes(term))) continue;
    const shorter = out.findIndex((t) => term.includes(t));
    if (shorter !== -1) out.splice(shorter, 1, term);
    else out.push(term);
    if (out.length === max) break;
  }
  return out.filter((t, i) => out.indexOf(t) === i && !out.some((o) => o !== t && o.includes(t)));
}
