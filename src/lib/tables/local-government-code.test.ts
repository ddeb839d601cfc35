import { describe, expect, it } from "vitest";
import { computeCheckDigit, isValidLocalGovernmentCode } from "./local-government-code.ts";

describe("computeCheckDigit", () => {
  it.each([
    ["13120", 2], // 練馬区
    ["13210", 1], // 小金井市
    ["13228", 4], // あきる野市
    ["13101", 6], // 千代田区
    ["01100", 2], // 札幌市
  ])("%s → %i", (five, digit) => {
    expect(computeCheckDigit(five)).toBe(digit);
  });
});

describe("isValidLocalGovernmentCode", () => {
  it("accepts a code whose last digit checks and rejects a mistyped one", () => {
    expect(isValidLocalGovernmentCode("131202")).toBe(true);
    expect(isValidLocalGovernmentCode("131203")).toBe(false);
    expect(isValidLocalGovernmentCode("13120")).toBe(false);
  });
});
