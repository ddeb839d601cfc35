import { describe, expect, it } from "vitest";
import { normalizeQuery, queryWords, toPagefindQuery } from "./query.ts";
import { termTokens } from "./tokens.ts";

describe("normalizeQuery", () => {
  it.each([
    ["  ＤＶ　相談 ", "DV 相談"],
    ["１回", "1回"],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });
});

describe("queryWords", () => {
  it("splits on ASCII and ideographic spaces", () => {
    expect(queryWords("高齢者　見守り  訪問")).toEqual(["高齢者", "見守り", "訪問"]);
  });
  it("drops quotes around a phrase", () => {
    expect(queryWords("「民生委員」")).toEqual(["民生委員"]);
    expect(queryWords('"産後ケア"')).toEqual(["産後ケア"]);
  });
});

describe("toPagefindQuery", () => {
  it("is null when nothing searchable is left", () => {
    expect(toPagefindQuery("   ")).toBeNull();
  });
  it("joins every word's bigram words", () => {
    expect(toPagefindQuery("高齢者 見守り")).toBe(
      [...termTokens("高齢者"), ...termTokens("見守り")].join(" "),
    );
  });
  it("treats width variants alike", () => {
    expect(toPagefindQuery("ＤＶ")).toBe(toPagefindQuery("dv"));
  });
});
