import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charWidthEm, estimateTextWidth, fitLabel } from "./text-width.ts";

describe("charWidthEm", () => {
  it.each([
    ["関", 1],
    ["ア", 1],
    ["（", 1],
    ["１", 1],
    ["①", 1],
    ["※", 1],
    ["…", 1],
    ["1", 0.6],
    ["a", 0.6],
    ["W", 0.9],
    ["ｱ", 0.5],
  ])("%s is %s em", (ch, em) => {
    expect(charWidthEm(ch)).toBe(em);
  });
});

describe("estimateTextWidth", () => {
  it("sums per character at the font size", () => {
    expect(estimateTextWidth("関係機関調整", 12)).toBe(72);
    expect(estimateTextWidth("定員30名", 10)).toBeCloseTo(42);
  });
});

describe("fitLabel", () => {
  it("keeps a label that fits on one line", () => {
    expect(fitLabel("充実", 40, 12)).toEqual({ lines: ["充実"], cut: false });
  });
  it("wraps a long label onto two lines without cutting", () => {
    expect(fitLabel("関係機関調整・設計", 60, 12, 2)).toEqual({
      lines: ["関係機関調", "整・設計"],
      cut: false,
    });
  });
  it("keeps the source's own line breaks", () => {
    expect(fitLabel("設計\n工事", 100, 12, 2)).toEqual({ lines: ["設計", "工事"], cut: false });
  });
  it("ends a cut label with … inside the width", () => {
    const fitted = fitLabel("三原台二丁目用地の取得", 48, 12, 2);
    expect(fitted).toEqual({ lines: ["三原台二", "丁目用…"], cut: true });
  });
  it("never returns a line wider than the width, nor more lines than asked", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."関係機関調整・設計（１か所）ABC 12\n".split("")) }),
        fc.integer({ min: 24, max: 200 }),
        fc.integer({ min: 1, max: 3 }),
        (text, width, maxLines) => {
          const { lines } = fitLabel(text, width, 12, maxLines);
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
  it("loses no character when it does not cut", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."関係機関1a（") }), (text) => {
        const fitted = fitLabel(text, 50, 12, 99);
        expect(fitted.cut).toBe(false);
        expect(fitted.lines.join("")).toBe(text);
      }),
    );
  });
});
