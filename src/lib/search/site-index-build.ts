/**
 * Builds the whole-site term index (site-index.ts) one measure at a time, in typed arrays: one
 * word id, one ordinal and one flag byte per posting (about 9 bytes; the words of 26,000
 * measures fit in a few hundred MB, docs/scale.md), sorted by word with one counting sort at the
 * end, so the index step's memory stays bounded without holding the records themselves.
 */
import {
  bm25,
  bucketOf,
  encodeBucket,
  quantize,
  TITLE_BIT,
  unigramOf,
  wordKey,
  type Postings,
} from "./site-index.ts";

/**
 * Raw (pre-gzip) bytes a bucket file should hold on average: each word of a query loads its
 * bucket, so small buckets keep a first search light; the cost is more files.
 */
export const BUCKET_TARGET_BYTES = 6_000;
const MAX_BUCKETS = 1 << 16;
/** Bytes a posting takes in a bucket on average (varint delta + impact), for sizing. */
const BYTES_PER_POSTING = 2;

const IN_TITLE = 1;
const IN_BODY = 2;

/** A typed array (Uint32Array or Uint8Array) that grows by doubling. */
class Growable<T extends Uint32Array | Uint8Array> {
  data: T;
  length = 0;
  private readonly make: (size: number) => T;
  constructor(make: (size: number) => T) {
    this.make = make;
    this.data = make(1 << 16);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = this.make(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

const u32 = (): Growable<Uint32Array> => new Growable((n) => new Uint32Array(n));

/** Bucket count for an index of this many postings and words: a power of two, at least 1. */
export function bucketCount(postings: number, words: number): number {
  const bytes = postings * BYTES_PER_POSTING + words * 6;
  let buckets = 1;
  while (buckets < MAX_BUCKETS && bytes / buckets > BUCKET_TARGET_BYTES) buckets *= 2;
  return buckets;
}

export class SiteIndexBuilder {
  private readonly ids = new Map<number, number>();
  private keys: number[] = [];
  private readonly wordOf = u32();
  private readonly docOf = u32();
  private readonly flagOf = new Growable((n) => new Uint8Array(n));
  private readonly lengths = u32();

  get measures(): number {
    return this.lengths.length;
  }

  /** The bucket count for what was added so far (bucketCount). */
  plannedBuckets(): number {
    return bucketCount(this.docOf.length, this.keys.length);
  }

  /**
   * Add the next measure (its ordinal is the number added before it), given its title's and
   * body's bigram words (tokens.ts documentTokens). Returns the ordinal.
   */
  add(titleTokens: readonly string[], bodyTokens: readonly string[]): number {
    const doc = this.lengths.length;
    const flags = new Map<number, number>();
    const mark = (token: string, flag: number): void => {
      for (const word of [token, unigramOf(token)]) {
        const key = wordKey(word);
        flags.set(key, (flags.get(key) ?? 0) | flag);
      }
    };
    for (const t of titleTokens) mark(t, IN_TITLE);
    for (const t of bodyTokens) mark(t, IN_BODY);
    for (const [key, flag] of flags) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(key, id);
        this.keys.push(key);
      }
      this.wordOf.push(id);
      this.docOf.push(doc);
      this.flagOf.push(flag);
    }
    this.lengths.push(bodyTokens.length);
    return doc;
  }

  /**
   * The bucket files, as [bucket number, bytes before gzip], one for every bucket, an empty one
   * too: the reader treats a missing file as a broken index, not as a word no measure has.
   */
  *buckets(buckets: number): Generator<[number, Uint8Array]> {
    const total = this.docOf.length;
    const words = this.keys.length;
    // Counting sort by word; measures were added in ordinal order, so each word's list is sorted.
    const start = new Uint32Array(words + 1);
    for (let i = 0; i < total; i++) (start[(this.wordOf.data[i] as number) + 1] as number)++;
    for (let w = 0; w < words; w++) start[w + 1] = (start[w + 1] as number) + (start[w] as number);
    const fill = start.slice(0, words);
    const docs = new Uint32Array(total);
    const flags = new Uint8Array(total);
    for (let i = 0; i < total; i++) {
      const w = this.wordOf.data[i] as number;
      const at = (fill[w] as number)++;
      docs[at] = this.docOf.data[i] as number;
      flags[at] = this.flagOf.data[i] as number;
    }
    const n = this.lengths.length;
    let sum = 0;
    for (let d = 0; d < n; d++) sum += this.lengths.data[d] as number;
    const mean = sum / Math.max(n, 1);
    const weight = (w: number, at: number): number =>
      (flags[at] as number) & IN_BODY
        ? bm25(
            (start[w + 1] as number) - (start[w] as number),
            n,
            this.lengths.data[docs[at] as number] as number,
            mean,
          )
        : 0;
    let max = 0;
    for (let w = 0; w < words; w++) {
      for (let at = start[w] as number; at < (start[w + 1] as number); at++)
        max = Math.max(max, weight(w, at));
    }
    const byBucket = new Map<number, number[]>();
    for (let w = 0; w < words; w++) {
      const b = bucketOf(this.keys[w] as number, buckets);
      const list = byBucket.get(b);
      if (list) list.push(w);
      else byBucket.set(b, [w]);
    }
    for (let b = 0; b < buckets; b++) {
      const content = new Map<number, Postings>();
      for (const w of byBucket.get(b) ?? []) {
        const from = start[w] as number;
        const to = start[w + 1] as number;
        const impacts = new Uint8Array(to - from);
        for (let at = from; at < to; at++) {
          impacts[at - from] =
            ((flags[at] as number) & IN_TITLE ? TITLE_BIT : 0) | quantize(weight(w, at), max);
        }
        content.set(this.keys[w] as number, { docs: docs.subarray(from, to), impacts });
      }
      yield [b, encodeBucket(content)];
    }
  }
}
