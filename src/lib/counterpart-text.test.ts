import { describe, expect, it } from "vitest";
import { countGrams, measureTexts, textRuns } from "./counterpart-text.ts";
import { yearRecord } from "../../tests/fixtures/records.ts";

describe("textRuns", () => {
  it("normalizes width and case and cuts at punctuation, spaces and line breaks", () => {
    expect(textRuns("ＤＶ等相談窓口の整備（令和２年）\n・研修 実施")).toEqual([
      "dv等相談窓口の整備",
      "令和2年",
      "研修",
      "実施",
    ]);
  });
  it("folds the spellings search folds, so 障害 and 障がい match", () => {
    expect(textRuns("障害者相談")).toEqual(textRuns("障がい者相談"));
    expect(textRuns("こどもショートステイ")).toEqual(["子どもショートステイ"]);
  });
  it("keeps the long-vowel mark inside katakana words", () => {
    expect(textRuns("ゲートキーパー")).toEqual(["ゲートキーパー"]);
  });
});

describe("measureTexts", () => {
  it("takes title, description and each year's result, and no assessment", () => {
    const texts = measureTexts({
      title: "健康相談",
      description: null,
      years: [yearRecord(2020, { result: "実施した", assessment: "よかった" }), yearRecord(2021)],
    });
    expect(texts).toEqual(["健康相談", "実施した"]);
  });
});

describe("countGrams", () => {
  it("counts n-grams inside runs only", () => {
    const counts = countGrams(["相談窓口", "相談"], [2]);
    expect(Object.fromEntries(counts)).toEqual({ 相談: 2, 談窓: 1, 窓口: 1 });
  });
  it("counts several sizes", () => {
    expect([...countGrams(["abc"], [2, 3]).keys()]).toEqual(["ab", "bc", "abc"]);
  });
});
