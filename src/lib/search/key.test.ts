import { describe, expect, it } from "vitest";
import { foldVariants, spellingsOf, toSearchKey } from "./key.ts";

describe("toSearchKey", () => {
  it.each([
    ["ＤＶ", "dv"],
    ["DV", "dv"],
    ["１回", "1回"],
    ["ｹﾞｰﾄｷｰﾊﾟｰ", "ゲートキーパー"],
    ["高齢者　見守り", "高齢者見守り"],
    ["子供食堂", "子ども食堂"],
    ["こども家庭センター", "子ども家庭センター"],
    ["引きこもり", "ひきこもり"],
    ["障害者", "障がい者"],
  ])("%s → %s", (input, expected) => {
    expect(toSearchKey(input)).toBe(expected);
  });
});

describe("foldVariants", () => {
  it("leaves text without a variant alone", () => {
    expect(foldVariants("ゲートキーパー養成")).toBe("ゲートキーパー養成");
  });
  it("folds every occurrence", () => {
    expect(foldVariants("子供とこどもと子ども")).toBe("子どもと子どもと子ども");
  });
});

describe("spellingsOf", () => {
  it("lists the group's spellings inside a longer term", () => {
    expect(spellingsOf("こども食堂").sort()).toEqual(
      ["こども食堂", "子ども食堂", "子供食堂"].sort(),
    );
  });
  it("is the term alone when no fold applies", () => {
    expect(spellingsOf("民生委員")).toEqual(["民生委員"]);
  });
});
