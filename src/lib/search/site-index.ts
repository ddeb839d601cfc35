/**
 * The whole-site term index: what an UNFILTERED search reads instead of pagefind's shards
 * (docs/scale.md, "Unfiltered first search"). pagefind's metadata lists every page of every
 * shard, so an unfiltered query over many shards loads bytes in proportion to the site; this
 * index loads only the postings of the query's own words, and a small card per result shown.
 *
 * Words are the same tokens pagefind indexes (tokens.ts): the bigram words of a measure, plus
 * one word per character (its 4-letter code), so a one-character query — which pagefind answers
 * by prefix, every bigram starting with the character — is one lookup here. A measure matches
 * when it holds every word of the query (AND, as pagefind does), so recall is the same by
 * construction.
 *
 * Words are spread over a power-of-two number of bucket files by a hash of the word; a bucket
 * holds, for each of its words, the ordinals of the measures that contain it (delta-coded
 * varints) and one impact byte per measure (the title bit and a quantized BM25 weight, below),
 * laid out dictionary first, then all deltas, then all impacts, so gzip sees like with like.
 * This file is pure: encoding, decoding, hashing, intersection and ranking.
 */

const LETTERS = 26;
const CODE_LENGTH = 4;

/** A word as one number: first character's code, and the second's + 1 (0 for a one-character word). */
export function wordKey(token: string): number {
  if (token.length !== CODE_LENGTH && token.length !== 2 * CODE_LENGTH) {
    throw new Error(`site index: "${token}" is not a 4- or 8-letter search word`);
  }
  const code = (from: number): number => {
    let n = 0;
    for (let i = from; i < from + CODE_LENGTH; i++) {
      const c = token.charCodeAt(i) - 97;
      if (c < 0 || c >= LETTERS) throw new Error(`site index: "${token}" has a letter outside a–z`);
      n = n * LETTERS + c;
    }
    return n;
  };
  const first = code(0);
  const second = token.length === CODE_LENGTH ? 0 : code(CODE_LENGTH) + 1;
  return first * KEY_SPLIT + second;
}

/** Both halves are below 26⁴ + 1 < 2²⁰, so a key is exact in a double. */
const KEY_SPLIT = 2 ** 20;

/** The one-character word (unigram) of a bigram word: its first character. */
export function unigramOf(token: string): string {
  return token.slice(0, CODE_LENGTH);
}

/** Which bucket file holds a word: a 32-bit integer mix of the key, modulo the bucket count. */
export function bucketOf(key: number, buckets: number): number {
  let h = Math.imul(Math.floor(key / KEY_SPLIT) ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ (key % KEY_SPLIT), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % buckets;
}

/** One word's postings: ascending measure ordinals and one impact byte each. */
export interface Postings {
  docs: Uint32Array;
  impacts: Uint8Array;
}

/** A growable byte buffer for varints. */
class Bytes {
  private buf = new Uint8Array(1024);
  length = 0;
  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: ${value}`);
    this.reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }
  bytes(values: Uint8Array): void {
    this.reserve(values.length);
    this.buf.set(values, this.length);
    this.length += values.length;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** Reads varints from a byte array, failing clearly on a truncated file. */
class Reader {
  at = 0;
  private readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.buf[this.at++];
      if (byte === undefined) throw new Error("site index: bucket file is truncated");
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  }
  bytes(n: number): Uint8Array {
    if (this.at + n > this.buf.length) throw new Error("site index: bucket file is truncated");
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}

/**
 * One bucket file's bytes (before gzip): word count; per word (ascending key) its two key
 * halves and posting count; then every word's ordinal deltas; then every word's impacts.
 */
export function encodeBucket(words: ReadonlyMap<number, Postings>): Uint8Array {
  const keys = [...words.keys()].sort((a, b) => a - b);
  const out = new Bytes();
  out.varint(keys.length);
  for (const key of keys) {
    const postings = words.get(key) as Postings;
    if (postings.docs.length !== postings.impacts.length)
      throw new Error(
        `site index: word ${key} has ${postings.docs.length} ordinals but ${postings.impacts.length} impacts`,
      );
    out.varint(Math.floor(key / KEY_SPLIT));
    out.varint(key % KEY_SPLIT);
    out.varint(postings.docs.length);
  }
  for (const key of keys) {
    let previous = -1;
    for (const doc of (words.get(key) as Postings).docs) {
      if (doc <= previous) throw new Error(`site index: word ${key}: ordinals not ascending`);
      out.varint(doc - previous - 1);
      previous = doc;
    }
  }
  for (const key of keys) out.bytes((words.get(key) as Postings).impacts);
  return out.done();
}

export function decodeBucket(bytes: Uint8Array): Map<number, Postings> {
  const r = new Reader(bytes);
  const count = r.varint();
  const heads: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const first = r.varint();
    const second = r.varint();
    heads.push([first * KEY_SPLIT + second, r.varint()]);
  }
  const docs = heads.map(([, n]) => {
    const out = new Uint32Array(n);
    let previous = -1;
    for (let i = 0; i < n; i++) {
      previous += r.varint() + 1;
      out[i] = previous;
    }
    return out;
  });
  const words = new Map<number, Postings>();
  heads.forEach(([key, n], i) => {
    words.set(key, { docs: docs[i] as Uint32Array, impacts: r.bytes(n).slice() });
  });
  if (r.at !== bytes.length) throw new Error("site index: bucket file has trailing bytes");
  return words;
}

/** The impact byte: the high bit says the word is in the title, the rest is the body's weight. */
export const TITLE_BIT = 0x80;
export const BODY_MAX = 0x7f;

/**
 * BM25 weight of a word that occurs in a body (tokens are counted once per measure, as pagefind
 * gets them, so term frequency is 1): idf × (k1 + 1) / (1 + k1 · (1 − b + b · length / mean)).
 * b is pagefind's pageLength ranking option (pagefind-api.ts RANKING), k1 BM25's usual 1.2.
 */
export function bm25(df: number, docs: number, length: number, meanLength: number): number {
  const k1 = 1.2;
  const b = 0.75;
  const idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
  return (idf * (k1 + 1)) / (1 + k1 * (1 - b + (b * length) / Math.max(meanLength, 1)));
}

/** Quantize a body weight to 1…127 against the largest in the index (0 stays 0: not in the body). */
export function quantize(weight: number, maxWeight: number): number {
  if (weight <= 0 || maxWeight <= 0) return 0;
  return Math.max(1, Math.min(BODY_MAX, Math.round((weight / maxWeight) * BODY_MAX)));
}

export interface Hit {
  doc: number;
  /** Words of the query found in the title, plus the body weights' share (below 1). */
  score: number;
}

/**
 * The measures holding every word (AND), best first: more of the query's words in the title
 * first — so a measure with the query in its title ranks above one that has it only in the
 * body — then the summed body weights, then site order. null postings (a word no measure has)
 * match nothing.
 */
export function rank(words: readonly (Postings | null)[]): Hit[] {
  if (words.length === 0 || words.some((w) => w === null)) return [];
  const lists = [...(words as Postings[])].sort((a, b) => a.docs.length - b.docs.length);
  const shortest = lists[0] as Postings;
  const cursors = new Array<number>(lists.length).fill(0);
  const hits: Hit[] = [];
  const scale = lists.length * BODY_MAX + 1;
  outer: for (let i = 0; i < shortest.docs.length; i++) {
    const doc = shortest.docs[i] as number;
    let title = 0;
    let body = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as Postings;
      let c = cursors[l] as number;
      // Galloping would be faster for very skewed lists; a linear merge is enough at the
      // lengths measured in docs/scale.md.
      while (c < list.docs.length && (list.docs[c] as number) < doc) c++;
      cursors[l] = c;
      if (c >= list.docs.length) break outer;
      if (list.docs[c] !== doc) continue outer;
      const impact = list.impacts[c] as number;
      if (impact & TITLE_BIT) title += 1;
      body += impact & BODY_MAX;
    }
    hits.push({ doc, score: title + body / scale });
  }
  return hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/** Where a measure's result card lives under the index's base: folders of 1,000 keep listings short. */
export function cardPath(doc: number): string {
  return `c/${Math.floor(doc / 1000)}/${doc}.bin`;
}

export function bucketPath(bucket: number): string {
  return `w/${bucket}.bin`;
}

/** What /pagefind/shards.json says about the whole-site index (under `site`). */
export interface SiteIndexManifest {
  base: string;
  buckets: number;
  measures: number;
}
