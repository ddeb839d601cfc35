import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonErrorOffset } from "./json-error.ts";

describe("findJsonErrorOffset", () => {
  it.each([
    ['{"a": ,}', 6],
    ['{"a": 1', 7],
    ['{"a": 1,}', 8],
    ["[1, 2,, 3]", 6],
    ['{"a": tru}', 6],
    ['{"a": "x\ny"}', 8],
    ["[1] 2", 4],
  ])("finds the first bad offset in %j", (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it("accepts every text JSON.stringify writes", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => findJsonErrorOffset(JSON.stringify(v, null, 2)) === -1),
    );
  });
});
