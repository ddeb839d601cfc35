import { describe, expect, it } from "vitest";
import { divisionsOf, pairFromLines, sectionsOf } from "./sections.ts";

// Nerima strategic plan 2024, 4-15 (lines 1406–1409 of 001_c1b66bdeafbb3a2a.txt).
const lines = [
  "事 業 実 施 課 ：",
  "教育振興部　教育指導課、学校教育支援センター",
  "こども家庭部　子ども家庭支援センター",
  "福祉部、高齢施策担当部、健康部、こども家庭部内の支援を実施する課",
];
const measure = {
  division: "教育振興部\nこども家庭部",
  departments: [
    "教育指導課",
    "学校教育支援センター",
    "子ども家庭支援センター",
    "福祉部、高齢施策担当部、健康部、こども家庭部内の支援を実施する課",
  ],
};
const known = ["教育振興部", "こども家庭部", "福祉部", "健康部", "高齢施策担当部"];

describe("divisionsOf", () => {
  it("splits the printed cell into divisions", () => {
    expect(divisionsOf(measure)).toEqual(["教育振興部", "こども家庭部"]);
    expect(divisionsOf({ division: null })).toEqual([]);
  });
});

describe("pairFromLines", () => {
  it("pairs each section with the division printed at the start of its line", () => {
    expect(Object.fromEntries(pairFromLines(["教育振興部", "こども家庭部"], lines))).toEqual({
      教育指導課: "教育振興部",
      学校教育支援センター: "教育振興部",
      子ども家庭支援センター: "こども家庭部",
    });
  });
  it("reads an ASCII gap as well as an ideographic one (総務部  人権・男女共同参画課)", () => {
    expect(
      pairFromLines(["総務部"], ["総務部  人権・男女共同参画課"]).get("人権・男女共同参画課"),
    ).toBe("総務部");
  });
});

describe("sectionsOf", () => {
  it("keeps which section belongs to which division when a measure names several (4-15)", () => {
    expect(sectionsOf(measure, lines, known)).toEqual([
      { name: "教育指導課", division: "教育振興部" },
      { name: "学校教育支援センター", division: "教育振興部" },
      { name: "子ども家庭支援センター", division: "こども家庭部" },
      { name: "福祉部、高齢施策担当部、健康部、こども家庭部内の支援を実施する課", division: null },
    ]);
  });
  it("gives every section the one division a measure prints", () => {
    expect(sectionsOf({ division: "福祉部", departments: ["生活福祉課"] }, [], known)).toEqual([
      { name: "生活福祉課", division: "福祉部" },
    ]);
  });
  it("splits a division printed in front of the name (福祉部管理課)", () => {
    expect(
      sectionsOf({ division: null, departments: ["福祉部管理課", "保健予防課"] }, [], known),
    ).toEqual([
      { name: "管理課", division: "福祉部" },
      { name: "保健予防課", division: null },
    ]);
  });
  it("leaves division null when several are printed and no line pairs the section", () => {
    expect(
      sectionsOf({ division: "区民部\n健康部", departments: ["国保年金課"] }, [], known),
    ).toEqual([{ name: "国保年金課", division: null }]);
  });
});
