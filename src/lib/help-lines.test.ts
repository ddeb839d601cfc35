import { describe, expect, it } from "vitest";
import { HELP_LINES, telHref } from "./help-lines.ts";

describe("telHref", () => {
  it("keeps digits only", () => expect(telHref("0570-064-556")).toBe("tel:0570064556"));
});

describe("HELP_LINES", () => {
  it("prints every number in the national format", () => {
    for (const line of HELP_LINES) expect(line.number).toMatch(/^0\d{2,3}-\d{2,3}-\d{3,4}$/);
  });
});
