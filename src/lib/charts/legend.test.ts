import { describe, expect, it } from "vitest";
import { legendEntries } from "./legend.ts";

const grades = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり" },
];

describe("legendEntries", () => {
  it("names the plan's grades with their printed meaning and the site's own marks in words", () => {
    const entries = legendEntries(
      [
        { key: "A+", label: "A＋" },
        { key: "sections", label: "課別" },
        { key: "none", label: "評価なし" },
      ],
      grades,
      "grade",
    );
    expect(entries.map((e) => [e.label, e.meaning])).toEqual([
      ["A＋", "計画以上に進んだ"],
      ["課別", expect.stringContaining("担当課ごとに別々の評価")],
      ["評価なし", "この年度の評価の記載がない"],
    ]);
  });
  it("says an achievement cell is missing, not a grade", () => {
    const [entry] = legendEntries([{ key: "none", label: "記載なし" }], [], "achievement");
    expect(entry?.meaning).toBe("この年度の達成度の記載がない");
    expect(entry?.dashed).toBe(true);
  });
});
