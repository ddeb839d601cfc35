import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPageCopies, isInCopy } from "./dedupe-pages.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string[] => readFileSync(new URL(path, root), "utf8").split("\n");

describe("findPageCopies", () => {
  it("finds the copy X′ of page X in a unit X, Y, X′ (fixture: 001 lines 1754–1893)", () => {
    const lines = read("tests/fixtures/sources/nerima-strategic-2024-page-copy.txt");
    expect(findPageCopies(lines)).toEqual([{ original: [1, 30], copy: [111, 140] }]);
  });

  // The 12 copies are listed in docs/sources/nerima-strategic-plans.md#page-copies.
  it("finds all 12 copies of 001 (811 lines)", () => {
    const copies = findPageCopies(read("data/sources/001_c1b66bdeafbb3a2a.txt"));
    expect(copies.map((c) => c.copy)).toEqual([
      [157, 208],
      [363, 475],
      [647, 716],
      [864, 932],
      [1055, 1115],
      [1220, 1269],
      [1429, 1521],
      [1674, 1753],
      [1864, 1893],
      [1993, 2057],
      [2147, 2198],
      [2359, 2434],
    ]);
    expect(copies.map((c) => c.original[0])).toEqual([
      7, 209, 476, 717, 933, 1116, 1270, 1522, 1754, 1894, 2058, 2199,
    ]);
    expect(copies.reduce((sum, { copy: [a, b] }) => sum + b - a + 1, 0)).toBe(811);
  });

  it("does not take short coincidental repeats for copies (7-1's row reposted in 7-2, 39–53 = 69–83)", () => {
    const copies = findPageCopies(read("data/sources/001_c1b66bdeafbb3a2a.txt"));
    expect(isInCopy(copies, 69)).toBe(false);
    expect(isInCopy(copies, 995)).toBe(false);
  });

  it("finds nothing in 004, which has no copies", () => {
    expect(findPageCopies(read("data/sources/004_caae4ee036b110b1.txt"))).toEqual([]);
  });
});
