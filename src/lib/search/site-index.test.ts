import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BODY_MAX,
  bucketOf,
  decodeBucket,
  encodeBucket,
  quantize,
  rank,
  TITLE_BIT,
  unigramOf,
  wordKey,
  type Postings,
} from "./site-index.ts";
import { termTokens, textTokens } from "./tokens.ts";

const postings = (docs: number[], impacts: number[] = docs.map(() => 1)): Postings => ({
  docs: Uint32Array.from(docs),
  impacts: Uint8Array.from(impacts),
});

describe("wordKey", () => {
  it("tells a character, its bigrams and the end-of-text bigram apart", () => {
    const [bigram] = termTokens("自殺");
    const end = textTokens("自").find((t) => t.endsWith("aaaa")) as string;
    const char = unigramOf(bigram as string);
    const keys = [wordKey(bigram as string), wordKey(end), wordKey(char)];
    expect(new Set(keys).size).toBe(3);
  });
  it("refuses a word that is not a search word", () => {
    expect(() => wordKey("abc")).toThrow(/not a 4- or 8-letter/);
    expect(() => wordKey("abcdABCD")).toThrow(/outside a–z/);
  });
});

describe("bucketOf", () => {
  it("puts every word in one of the buckets, and spreads words over them", () => {
    const keys = textTokens("自殺対策の相談窓口をゲートキーパー養成講座で周知する").map(wordKey);
    const used = new Set(keys.map((k) => bucketOf(k, 8)));
    expect([...used].every((b) => b >= 0 && b < 8)).toBe(true);
    expect(used.size).toBeGreaterThan(3);
    expect(keys.every((k) => bucketOf(k, 1) === 0)).toBe(true);
  });
});

describe("encodeBucket / decodeBucket", () => {
  it("gives back every word's ordinals and impacts", () => {
    const word = fc
      .uniqueArray(fc.integer({ min: 0, max: 200_000 }), { minLength: 1, maxLength: 50 })
      .map((docs) => docs.sort((a, b) => a - b))
      .chain((docs) =>
        fc
          .array(fc.integer({ min: 0, max: 255 }), {
            minLength: docs.length,
            maxLength: docs.length,
          })
          .map((impacts) => postings(docs, impacts)),
      );
    const key = fc
      .tuple(fc.integer({ min: 0, max: 26 ** 4 - 1 }), fc.integer({ min: 0, max: 26 ** 4 }))
      .map(([a, b]) => a * 2 ** 20 + b);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, word), { selector: ([k]) => k }), (entries) => {
        const decoded = decodeBucket(encodeBucket(new Map(entries)));
        expect(decoded.size).toBe(entries.length);
        for (const [k, p] of entries) {
          expect([...(decoded.get(k)?.docs ?? [])]).toEqual([...p.docs]);
          expect([...(decoded.get(k)?.impacts ?? [])]).toEqual([...p.impacts]);
        }
      }),
    );
  });
  it("stores ordinals as small deltas: close ordinals take one byte each", () => {
    const docs = Array.from({ length: 1000 }, (_, i) => 5000 + i * 3);
    const bytes = encodeBucket(new Map([[wordKey("abcd"), postings(docs)]]));
    expect(bytes.length).toBeLessThan(2 * docs.length + 10);
  });
  it("refuses unsorted ordinals and a truncated file", () => {
    expect(() => encodeBucket(new Map([[1, postings([3, 2])]]))).toThrow(/not ascending/);
    const bytes = encodeBucket(new Map([[1, postings([2, 3])]]));
    expect(() => decodeBucket(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });
});

describe("quantize", () => {
  it("keeps a body word above 0 and the largest weight at the top", () => {
    expect(quantize(0, 5)).toBe(0);
    expect(quantize(0.0001, 5)).toBe(1);
    expect(quantize(5, 5)).toBe(BODY_MAX);
  });
});

describe("rank", () => {
  it("returns the measures holding every word (AND), and nothing when a word is absent", () => {
    const a = postings([1, 2, 5, 9]);
    const b = postings([2, 3, 9, 12]);
    expect(
      rank([a, b])
        .map((h) => h.doc)
        .sort((x, y) => x - y),
    ).toEqual([2, 9]);
    expect(rank([a, null])).toEqual([]);
    expect(rank([])).toEqual([]);
  });
  it("matches a brute-force AND over random lists", () => {
    const list = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 4 }), (lists) => {
        const got = rank(lists.map((l) => postings(l.sort((x, y) => x - y))))
          .map((h) => h.doc)
          .sort((x, y) => x - y);
        const want = (lists[0] ?? []).filter((d) => lists.every((l) => l.includes(d)));
        expect(got).toEqual(want.sort((x, y) => x - y));
      }),
    );
  });
  it("ranks a title match above any body-only match, however heavy the body weight", () => {
    const word1 = postings([1, 2, 3], [BODY_MAX, TITLE_BIT | 1, TITLE_BIT]);
    const word2 = postings([1, 2, 3], [BODY_MAX, TITLE_BIT | 1, 5]);
    // 2 has both words in its title; 3 one; 1 none, with the heaviest body.
    expect(rank([word1, word2]).map((h) => h.doc)).toEqual([2, 3, 1]);
  });
  it("orders equal scores by site order", () => {
    expect(rank([postings([7, 3, 5].sort((a, b) => a - b))]).map((h) => h.doc)).toEqual([3, 5, 7]);
  });
});
