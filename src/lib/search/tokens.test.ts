import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toSearchKey } from "./key.ts";
import { documentTokens, encodeChar, termTokens, textTokens } from "./tokens.ts";

describe("encodeChar", () => {
  it("writes a character as four letters a–z", () => {
    expect(encodeChar("自")).toMatch(/^[a-z]{4}$/);
    expect(encodeChar("自")).not.toBe(encodeChar("殺"));
  });
  it("skips code points it cannot write", () => {
    expect(encodeChar("\u{10FFFF}")).toBeNull();
  });
  it("is one-to-one over the BMP", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 0xd7ff }),
        fc.integer({ min: 1, max: 0xd7ff }),
        (a, b) => {
          fc.pre(a !== b);
          return encodeChar(String.fromCodePoint(a)) !== encodeChar(String.fromCodePoint(b));
        },
      ),
    );
  });
});

describe("textTokens", () => {
  it("gives one bigram word per character, the last paired with the end mark", () => {
    const tokens = textTokens("自殺対策");
    expect(tokens).toHaveLength(4);
    expect(tokens.every((t) => /^[a-z]{8}$/.test(t))).toBe(true);
    expect(tokens.at(-1)?.endsWith("aaaa")).toBe(true);
  });
  it("folds width and variants first", () => {
    expect(textTokens("ＤＶ")).toEqual(textTokens("dv"));
    expect(textTokens("子供")).toEqual(textTokens("子ども"));
  });
});

describe("documentTokens", () => {
  it("never pairs the end of one field with the start of the next", () => {
    const joined = termTokens("課自");
    const doc = documentTokens(["保健予防課", "自殺対策"]);
    expect(joined.every((t) => doc.includes(t))).toBe(false);
  });
});

describe("termTokens", () => {
  it("is a 4-letter prefix for one character", () => {
    expect(termTokens("税")).toEqual([encodeChar("税")]);
  });
  it("is empty for an empty term", () => {
    expect(termTokens("")).toEqual([]);
  });
});

/** The property search relies on: a text that contains the query holds all its words. */
describe("recall by construction", () => {
  const japanese = fc.string({
    unit: fc.constantFrom(..."自殺対策子どもこ供の相談窓口ゲートキーパーＤＶDv１1回 　障害がい"),
    minLength: 1,
    maxLength: 30,
  });
  it("every token of a contained query is a token (or token prefix) of the document", () => {
    fc.assert(
      fc.property(japanese, fc.nat(), fc.nat(), (text, i, j) => {
        const start = i % text.length;
        const query = text.slice(start, start + 1 + (j % 6));
        fc.pre(toSearchKey(query).length > 0 && toSearchKey(text).includes(toSearchKey(query)));
        const doc = textTokens(text);
        return termTokens(query).every((q) => doc.some((d) => d.startsWith(q)));
      }),
    );
  });
});
