import { describe, expect, it } from "vitest";
import { compareCodes, displayCode } from "./codes.ts";

describe("compareCodes", () => {
  it("sorts printed codes numerically, part by part", () => {
    expect(["10", "2", "93", "1"].sort(compareCodes)).toEqual(["1", "2", "10", "93"]);
    expect(["7-10", "7-2", "10-1", "8-1"].sort(compareCodes)).toEqual([
      "7-2",
      "7-10",
      "8-1",
      "10-1",
    ]);
    expect(["j1-1", "6-2-3", "1-1-10", "1-1-2"].sort(compareCodes)).toEqual([
      "1-1-2",
      "1-1-10",
      "6-2-3",
      "j1-1",
    ]);
  });
});

describe("displayCode", () => {
  it("keeps a printed sub-letter", () => {
    expect(displayCode({ code: "41", subLetter: "ウ", codeAssigned: false })).toBe("41ウ");
  });
  it("marks a code the site assigned", () => {
    expect(displayCode({ code: "j4-1", subLetter: null, codeAssigned: true })).toBe(
      "j4-1（サイトで付けた番号）",
    );
  });
});
