import { describe, expect, it } from "vitest";
import { pageType } from "./page-weight.ts";

describe("pageType", () => {
  it.each([
    ["/", "home"],
    ["/nerima/", "municipality"],
    ["/nerima/suicide-prevention-1/", "plan"],
    ["/nerima/suicide-prevention-1/12/", "measure"],
    ["/about/", "about"],
    ["/search/", "search"],
  ])("%s is a %s page", (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});
