import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countItems as countNumberedItems } from "./nerima-strategic.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

describe("countItems (Nerima strategic plans)", () => {
  it("takes a lost item number from the numbered heading above (001:1639 under `２　…` → 9-2)", () => {
    expect(
      countNumberedItems(read("tests/fixtures/sources/nerima-strategic-2024-missing-number.txt")),
    ).toEqual(["9-2", "9-3"]);
  });

  it("drops the № line of a page copy", () => {
    expect(
      countNumberedItems(read("tests/fixtures/sources/nerima-strategic-2024-page-copy.txt")),
    ).toEqual(["9-4", "10-1", "10-2"]);
  });

  it("counts 34 items in 001: 31 事業 of 戦略計画7–11 and the reposts 5-9, 2-2, 4-15", () => {
    const codes = countNumberedItems(read("data/sources/001_c1b66bdeafbb3a2a.txt"));
    expect([...codes].sort()).toEqual(
      [
        ...Array.from({ length: 13 }, (_, i) => `7-${i + 1}`),
        ...["8-1", "8-2", "8-3", "8-4"],
        ...["9-1", "9-2", "9-3", "9-4"],
        ...["10-1", "10-2", "10-3", "10-4", "10-5"],
        ...["11-1", "11-2", "11-3", "11-4", "11-5"],
        ...["5-9", "2-2", "4-15"],
      ].sort(),
    );
  });

  it("counts 1-1, 1-2, 1-3 in 004", () => {
    expect(countNumberedItems(read("data/sources/004_caae4ee036b110b1.txt"))).toEqual([
      "1-1",
      "1-2",
      "1-3",
    ]);
  });
});
