/**
 * Counterpart measures: for every measure, the most similar measures of each other municipality,
 * by character n-gram TF-IDF cosine over what the measure says about itself (counterpart-text.ts).
 * Japanese has no spaces and the three municipalities name the same work differently
 * (ゲートキーパー養成講座 / ゲートキーパー養成研修), so character n-grams match where words would not.
 *
 * Computed once for all measures: sparse vectors and an inverted index, so each measure meets only
 * the measures it shares an informative n-gram with. Stop-grams (in too many measures) carry no
 * postings, which bounds every posting list and keeps the work near n × (n-grams per measure).
 * How the threshold was chosen and how the quality is measured: docs/counterparts.md.
 */
import type { Measure } from "../schemas/measure.ts";
import { countGrams, measureRuns, textRuns } from "./counterpart-text.ts";
import { explainMatch } from "./counterpart-terms.ts";

export interface CounterpartOptions {
  /** n-gram lengths. */
  sizes: readonly number[];
  /** A gram in more than this share of measures is a stop-gram (自殺, 支援, 実施 …). */
  maxDocShare: number;
  /** …or in more than this many measures, whatever the share: bounds the work at any size. */
  maxPostings: number;
  /** Share of the score from the titles alone; the rest from all text (title, description, results). */
  titleWeight: number;
  /** Matches kept per other municipality. */
  perMunicipality: number;
  /**
   * Other municipalities a measure shows counterparts in, those with the best match first: a
   * page must not grow with the site (at national scale every measure would otherwise list
   * hundreds of municipalities, and the build would explain every one of those matches).
   */
  maxMunicipalities: number;
  /** Lowest cosine shown; below it a match is as likely chance as a counterpart. */
  threshold: number;
  /** Shared terms shown per match. */
  terms: number;
}

/**
 * The defaults, chosen on the hand-checked pairs and checked by halves (docs/counterparts.md):
 * bigrams beat 2–3-grams and 2–4-grams, and a fifth of the score from the titles lifts top-3
 * hits from 84 % to 90 % because five years of Nerima results otherwise drown the title.
 */
export const COUNTERPART_DEFAULTS: CounterpartOptions = {
  sizes: [2],
  maxDocShare: 0.1,
  maxPostings: 400,
  titleWeight: 0.2,
  perMunicipality: 3,
  maxMunicipalities: 5,
  threshold: 0.08,
  terms: 4,
};

export interface Counterpart {
  id: string;
  /** Cosine similarity, 0–1, rounded to two decimals. */
  score: number;
  /** Longest shared strings that explain the match, most telling first. */
  terms: string[];
}

export interface CounterpartGroup {
  municipality: string;
  matches: Counterpart[];
}

/** measure id → one group per other municipality that has matches above the threshold. */
export type CounterpartMap = ReadonlyMap<string, readonly CounterpartGroup[]>;

type Doc = {
  /** Position in the docs array: scores are summed in a typed array indexed by it. */
  index: number;
  id: string;
  municipality: string;
  runs: string[];
  vector: Map<string, number>;
};
type Scored = { doc: Doc; score: number };

/** Key prefixes of the two fields in the combined vector (same length). */
const TITLE = "t:";
const ALL = "a:";

/** Shared grams looked at per shown term: the top few explain nearly all of a score. */
const TERM_GRAMS = 4;

function isStopGram(df: number, docCount: number, options: CounterpartOptions): boolean {
  return df > Math.min(options.maxDocShare * docCount, options.maxPostings);
}

/** Municipalities using each gram. */
function municipalitiesByGram(
  counts: readonly Map<string, number>[],
  municipalities: readonly string[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  counts.forEach((c, i) => {
    for (const g of c.keys()) {
      const set = out.get(g) ?? new Set<string>();
      set.add(municipalities[i] ?? "");
      out.set(g, set);
    }
  });
  return out;
}

/**
 * Unit TF-IDF vectors of one field, scaled so that its block of the combined vector has length
 * √weight: the dot product of two combined vectors is then the weighted mean of the fields'
 * cosines. Left out: stop-grams, and grams only one municipality uses — those can never match,
 * and would only lengthen the vectors of measures with long, local text (dates, place names).
 */
function addField(
  vectors: Map<string, number>[],
  counts: Map<string, number>[],
  municipalities: readonly string[],
  prefix: string,
  weight: number,
  options: CounterpartOptions,
): void {
  if (weight <= 0) return;
  const df = new Map<string, number>();
  for (const c of counts) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  const usedBy = municipalitiesByGram(counts, municipalities);
  const n = counts.length;
  counts.forEach((c, i) => {
    const block: [string, number][] = [];
    let norm = 0;
    for (const [gram, tf] of c) {
      const d = df.get(gram) ?? 1;
      if (isStopGram(d, n, options) || (usedBy.get(gram)?.size ?? 0) < 2) continue;
      const w = (1 + Math.log(tf)) * Math.log(n / d);
      block.push([prefix + gram, w]);
      norm += w * w;
    }
    const scale = Math.sqrt(weight) / (Math.sqrt(norm) || 1);
    for (const [key, w] of block) vectors[i]?.set(key, w * scale);
  });
}

/** Two fields: the title (what the measure is called) and all it says about itself. */
function buildDocs(measures: readonly Measure[], options: CounterpartOptions): Doc[] {
  const runs = measures.map((m) => measureRuns(m));
  const vectors = measures.map(() => new Map<string, number>());
  const municipalities = measures.map((m) => m.municipality);
  const titles = measures.map((m) => countGrams(textRuns(m.title), options.sizes));
  const all = runs.map((r) => countGrams(r, options.sizes));
  addField(vectors, titles, municipalities, TITLE, options.titleWeight, options);
  addField(vectors, all, municipalities, ALL, 1 - options.titleWeight, options);
  return measures.map((m, i) => ({
    index: i,
    id: m.id,
    municipality: m.municipality,
    runs: runs[i] ?? [],
    vector: vectors[i] ?? new Map(),
  }));
}

/** The measures holding a gram (positions in the docs array), with the gram's weight in each. */
type Postings = { docs: Int32Array; weights: Float64Array };

/** gram → measures holding it; a gram in one measure only can match nothing and is not posted. */
function buildPostings(docs: readonly Doc[]): Map<string, Postings> {
  const lists = new Map<string, { docs: number[]; weights: number[] }>();
  for (const doc of docs) {
    for (const [gram, weight] of doc.vector) {
      const list = lists.get(gram);
      if (list) {
        list.docs.push(doc.index);
        list.weights.push(weight);
      } else lists.set(gram, { docs: [doc.index], weights: [weight] });
    }
  }
  const postings = new Map<string, Postings>();
  for (const [gram, list] of lists) {
    if (list.docs.length < 2) continue;
    postings.set(gram, {
      docs: Int32Array.from(list.docs),
      weights: Float64Array.from(list.weights),
    });
  }
  return postings;
}

/**
 * Cosine against every measure of another municipality sharing a posted gram. The sums go into
 * one typed array over all measures (reset after each measure through the list of those
 * touched), over typed posting lists: this inner loop is most of the work at scale.
 */
function scorerFor(docs: readonly Doc[]): (doc: Doc, postings: Map<string, Postings>) => Scored[] {
  const sums = new Float64Array(docs.length);
  const numbers = new Map<string, number>();
  for (const d of docs) if (!numbers.has(d.municipality)) numbers.set(d.municipality, numbers.size);
  const municipalityOf = Int32Array.from(docs, (d) => numbers.get(d.municipality) ?? -1);
  const touched: number[] = [];
  return (doc, postings) => {
    const own = municipalityOf[doc.index];
    for (const [gram, w] of doc.vector) {
      const list = postings.get(gram);
      if (!list) continue;
      const { docs: holders, weights } = list;
      for (let k = 0; k < holders.length; k++) {
        const i = holders[k] as number;
        if (municipalityOf[i] === own) continue;
        if (sums[i] === 0) touched.push(i);
        sums[i] = (sums[i] as number) + w * (weights[k] as number);
      }
    }
    const out: Scored[] = [];
    for (const i of touched) {
      const other = docs[i];
      if (other) out.push({ doc: other, score: sums[i] as number });
      sums[i] = 0;
    }
    touched.length = 0;
    return out;
  };
}

function sharedGrams(a: Doc, b: Doc, postings: Map<string, Postings>) {
  const byGram = new Map<string, number>();
  // Walk the shorter vector: the product only has terms where both have the gram.
  const [short, long] = a.vector.size <= b.vector.size ? [a, b] : [b, a];
  for (const [key, w] of short.vector) {
    const v = long.vector.get(key);
    if (v === undefined || !postings.has(key)) continue;
    const gram = key.slice(ALL.length);
    byGram.set(gram, (byGram.get(gram) ?? 0) + w * v);
  }
  return [...byGram]
    .map(([gram, contribution]) => ({ gram, contribution }))
    .sort((x, y) => y.contribution - x.contribution || (x.gram < y.gram ? -1 : 1));
}

/**
 * Ranked matches per other municipality, best first; ties by id, so the order is stable. Only the
 * municipalities with the best matches are kept (maxMunicipalities), and only the matches kept
 * are explained: the explaining is the costly part.
 */
function rank(
  doc: Doc,
  scored: Scored[],
  options: CounterpartOptions,
  postings: Map<string, Postings>,
): CounterpartGroup[] {
  const byMunicipality = new Map<string, Scored[]>();
  for (const s of scored) {
    if (s.score < options.threshold) continue;
    const list = byMunicipality.get(s.doc.municipality);
    if (list) list.push(s);
    else byMunicipality.set(s.doc.municipality, [s]);
  }
  const candidates = [...byMunicipality].map(([municipality, list]) => ({
    municipality,
    list: list.sort((x, y) => y.score - x.score || (x.doc.id < y.doc.id ? -1 : 1)),
  }));
  candidates.sort(
    (a, b) =>
      (b.list[0]?.score ?? 0) - (a.list[0]?.score ?? 0) ||
      (a.municipality < b.municipality ? -1 : 1),
  );
  const groups: CounterpartGroup[] = [];
  for (const { municipality, list } of candidates) {
    if (groups.length === options.maxMunicipalities) break;
    const matches: Counterpart[] = [];
    for (const { doc: other, score } of list) {
      if (matches.length === options.perMunicipality) break;
      const terms = explainMatch(
        sharedGrams(doc, other, postings).slice(0, TERM_GRAMS * options.terms),
        doc.runs,
        other.runs,
        options.terms,
      );
      // A match no shared word explains rests on particles and endings (に関する): not shown.
      if (terms.length === 0) continue;
      matches.push({ id: other.id, score: Math.round(score * 100) / 100, terms });
    }
    if (matches.length > 0) groups.push({ municipality, matches });
  }
  return groups;
}

/**
 * Counterparts of every measure, computed once. Pass only measures that can be compared (the
 * same kind of plan in every municipality); measures of one municipality never match each other.
 */
export function buildCounterparts(
  measures: readonly Measure[],
  overrides: Partial<CounterpartOptions> = {},
  /** Rank only the measures of these municipalities (every measure is still a candidate). */
  ranks: (municipality: string) => boolean = () => true,
): CounterpartMap {
  const options = { ...COUNTERPART_DEFAULTS, ...overrides };
  const docs = buildDocs(measures, options);
  const postings = buildPostings(docs);
  const scoreAgainstOthers = scorerFor(docs);
  const out = new Map<string, CounterpartGroup[]>();
  for (const doc of docs) {
    if (!ranks(doc.municipality)) continue;
    out.set(doc.id, rank(doc, scoreAgainstOthers(doc, postings), options, postings));
  }
  return out;
}

/** Every cross-municipality score (no threshold, no cap), for measuring the method. */
export function allScores(
  measures: readonly Measure[],
  overrides: Partial<CounterpartOptions> = {},
): Map<string, Map<string, number>> {
  const options = { ...COUNTERPART_DEFAULTS, ...overrides };
  const docs = buildDocs(measures, options);
  const postings = buildPostings(docs);
  const scoreAgainstOthers = scorerFor(docs);
  return new Map(
    docs.map((doc) => [
      doc.id,
      new Map(scoreAgainstOthers(doc, postings).map((s) => [s.doc.id, s.score])),
    ]),
  );
}
