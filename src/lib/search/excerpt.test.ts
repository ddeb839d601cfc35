import { describe, expect, it } from "vitest";
import { buildExcerpt, findMatches, matchedFiscalYear } from "./excerpt.ts";
import { excerptText } from "./index-text.ts";
import { readPlanFiles } from "../data-files.ts";

const marked = (content: string, words: string[]): string =>
  buildExcerpt(content, words)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join("");

describe("findMatches", () => {
  it("finds a full-width word for a half-width query", () => {
    expect(findMatches("ＤＶ相談", ["DV"])).toEqual([[0, 2]]);
  });
  it("finds a word wrapped across a space", () => {
    expect(findMatches("ゲート キーパー養成", ["ゲートキーパー"])).toEqual([[0, 8]]);
  });
  it("finds folded spellings", () => {
    expect(findMatches("子供食堂", ["こども食堂"])).toEqual([[0, 4]]);
  });
});

describe("buildExcerpt", () => {
  it("marks every occurrence of every word", () => {
    expect(marked("高齢者の見守りと高齢者支援", ["高齢者", "見守り"])).toBe(
      "[高齢者]の[見守り]と[高齢者]支援",
    );
  });
  it("cuts around the first match with ellipses", () => {
    const content = `${"あ".repeat(200)}民生委員${"い".repeat(200)}`;
    const text = marked(content, ["民生委員"]);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text).toContain("[民生委員]");
  });
  it("drops the index's bigram words at the end of the content", () => {
    expect(marked("民生委員の活動 abcdefgh ijklmnop", ["民生委員"])).toBe("[民生委員]の活動");
  });
  it("prefers a match after the title", () => {
    const content = `研修. 研修の概要${"あ".repeat(100)}職員研修を実施`;
    const parts = buildExcerpt(content, ["研修"], { after: "研修の概要", length: 20 });
    expect(parts[0]?.text).toBe("…");
    expect(parts.some((p) => p.mark)).toBe(true);
  });
  it("shows the start when nothing matches", () => {
    expect(marked("研修を実施した。", ["不登校"])).toBe("研修を実施した。");
  });
});

describe("matchedFiscalYear", () => {
  const content =
    "自殺予防の周知. 担当：保健予防課／国の分類：住民への啓発と周知／ 【内容】 リーフレットを作成します。 " +
    "【令和2年度（2020年度）】 評価（自己評価）：A 概ね計画どおり／実績：相談窓口一覧に掲載／ " +
    "【令和3年度（2021年度）途中経過】 実績：名刺サイズの相談窓口案内／ 【注記】 補正あり";
  it("names the year whose section holds the first match", () => {
    expect(matchedFiscalYear(content, ["相談窓口"], { after: "自殺予防の周知" })).toBe(2020);
    expect(matchedFiscalYear(content, ["名刺"])).toBe(2021);
  });
  it("is null for a match outside a year's section, or no match", () => {
    expect(matchedFiscalYear(content, ["リーフレット"])).toBeNull();
    expect(matchedFiscalYear(content, ["補正"])).toBeNull();
    expect(matchedFiscalYear(content, ["存在しない語"])).toBeNull();
  });
  it("names the year from the excerpt text a result carries (the site's real records)", async () => {
    const measures = (await readPlanFiles("data")).flatMap((f) => f.measures);
    let checked = 0;
    for (const measure of measures) {
      const year = measure.years.find((y) => (y.result?.length ?? 0) >= 12);
      if (!year?.result || measure.description?.includes(year.result.slice(0, 12))) continue;
      const text = excerptText(measure);
      const word = year.result.replace(/\s+/gu, " ").trim().slice(0, 12);
      if (!text.includes(word) || text.indexOf(word) !== text.lastIndexOf(word)) continue;
      expect(matchedFiscalYear(text, [word]), measure.id).toBe(year.fiscalYear);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
