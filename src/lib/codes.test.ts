import { describe, expect, it } from "vitest";
import { compareCodes } from "./codes.ts";

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
