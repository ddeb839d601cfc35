import { describe, expect, it } from "vitest";
import { sectionUrl } from "./section-pages.ts";

describe("sectionUrl", () => {
  it("keeps the printed name readable in the path", () => {
    expect(sectionUrl("nerima", "人権・男女共同参画課")).toBe(
      "/nerima/sections/人権・男女共同参画課/",
    );
  });
  it("escapes what would end or split a path segment", () => {
    expect(sectionUrl("x", "a/b?c#d e")).toBe("/x/sections/a%2Fb%3Fc%23d%20e/");
  });
});
