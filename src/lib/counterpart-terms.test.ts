import { describe, expect, it } from "vitest";
import { explainMatch, longestSharedAround, tidyTerm } from "./counterpart-terms.ts";

describe("longestSharedAround", () => {
  it("grows a gram into the longest string both texts share", () => {
    expect(
      longestSharedAround(
        "キー",
        ["市民向けゲートキーパー養成研修"],
        ["支援者向けゲートキーパー養成講座"],
      ),
    ).toBe("向けゲートキーパー養成");
  });
  it("returns the gram when nothing longer is shared", () => {
    expect(longestSharedAround("相談", ["健康相談"], ["消費生活相談"])).toBe("相談");
  });
});

describe("tidyTerm", () => {
  it.each([
    ["講座を実施します", "講座を実施"],
    ["て解決方法", "解決方法"],
    ["小学校3", "小学校"],
    ["ひとり親家庭", "ひとり親家庭"],
  ])("%s → %s", (raw, tidy) => expect(tidyTerm(raw)).toBe(tidy));
  it.each(["8名", "2月", "ための", "の", "令和3年度"])("drops %s", (raw) =>
    expect(tidyTerm(raw)).toBeNull(),
  );
});

describe("explainMatch", () => {
  const a = ["民生委員児童委員事務", "未然に自殺を防ぐ取組"];
  const b = ["民生委員による相談支援", "自殺を防ぐ"];
  it("turns the top grams into whole shared strings, most telling first", () => {
    const grams = [
      { gram: "民生", contribution: 0.3 },
      { gram: "委員", contribution: 0.2 },
      { gram: "自殺", contribution: 0.1 },
    ];
    expect(explainMatch(grams, a, b)).toEqual(["民生委員", "自殺を防ぐ"]);
  });
  it("never lists a term inside another", () => {
    const grams = [
      { gram: "生委", contribution: 0.3 },
      { gram: "民生", contribution: 0.2 },
    ];
    expect(explainMatch(grams, a, b)).toEqual(["民生委員"]);
  });
  it("stops at the maximum", () => {
    const grams = [
      { gram: "民生", contribution: 0.3 },
      { gram: "自殺", contribution: 0.1 },
    ];
    expect(explainMatch(grams, a, b, 1)).toEqual(["民生委員"]);
  });
});
