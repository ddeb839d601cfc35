import { describe, expect, it } from "vitest";
import { shareCardSvg, textWidthEm, wrapText } from "./share-image.ts";

describe("share card text", () => {
  it("measures full-width characters as 1em and others narrower", () => {
    expect(textWidthEm("自殺対策")).toBe(4);
    expect(textWidthEm("A1")).toBeCloseTo(1.2);
  });
  it("wraps without losing characters when the lines suffice", () => {
    const lines = wrapText("ゲートキーパー養成講座の実施", 5, 4);
    expect(lines.join("")).toBe("ゲートキーパー養成講座の実施");
    expect(lines.every((l) => textWidthEm(l) <= 5)).toBe(true);
  });
  it("ends a text cut at the last line with an ellipsis", () => {
    const lines = wrapText("あいうえおかきくけこさしすせそ", 5, 2);
    expect(lines).toEqual(["あいうえお", "かきくけ…"]);
  });
});

describe("share card SVG", () => {
  const svg = shareCardSvg({
    kicker: "練馬区　練馬区自殺対策計画〔第１次〕",
    code: "施策 12",
    title: "ゲートキーパー養成講座 <実施>",
    timeline: [
      { fiscalYear: 2019, label: "A", key: "A" },
      { fiscalYear: 2020, label: "B", key: "B" },
      { fiscalYear: 2021, label: null, key: "none" },
    ],
    note: null,
  });
  it("is 1200×630 with the title escaped and one cell per year", () => {
    expect(svg).toContain('width="1200" height="630"');
    expect(svg).toContain("ゲートキーパー養成講座 &lt;実施&gt;");
    expect(svg.match(/<rect x=/g)).toHaveLength(3);
    expect(svg).toContain(">令和元<");
    expect(svg).toContain(">記載なし<");
  });
});
