import { describe, expect, it } from "vitest";
import { readSourceLines, sliceLines } from "./source-lines.ts";

describe("sliceLines", () => {
  const text = "一\n二\r\n三\n四";
  it.each([
    [
      [2, 3],
      ["二", "三"],
      [2, 3],
    ],
    [[4, 9], ["四"], [4]],
    [[1, 1], ["一"], [1]],
  ] as const)("%o", (range, texts, numbers) => {
    const out = sliceLines(text, range);
    expect(out.map((l) => l.text)).toEqual(texts);
    expect(out.map((l) => l.number)).toEqual(numbers);
  });
});

describe("readSourceLines", () => {
  it("refuses a path outside data/sources", () => {
    expect(() => readSourceLines("../x.txt", [1, 1])).toThrow(/not a source file/);
  });
  it("reads real source lines", () => {
    const lines = readSourceLines("003_914f02806d01f868.txt", [1, 2]);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.number).toBe(1);
  });
});
