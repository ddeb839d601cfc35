import { describe, expect, it } from "vitest";
import type { CategoryRule } from "../schemas/category.ts";
import type { Measure } from "../schemas/measure.ts";
import {
  buildCompareMatrix,
  describeMatrix,
  describeRules,
  readLatest,
  ruleMatches,
} from "./compare.ts";
import { yearRecord } from "../../tests/fixtures/records.ts";

const categories = [
  { id: "network", label: "地域におけるネットワークの強化" },
  { id: "women", label: "女性" },
];
const step = (kind: string, number: string | null, title: string) => ({ kind, number, title });
const m = (id: string, category: string | null, o: Partial<Measure> = {}): Measure => {
  const [municipality, plan, code] = id.split("/");
  return {
    id,
    municipality,
    plan,
    code,
    category,
    path: [step("基本施策", "1", "ネットワーク")],
    years: [],
    unknownFields: [],
    ...o,
  } as Measure;
};
const year = yearRecord;
const legend = [
  { grade: "A+", meaning: "計画以上に進んだ", printed: "A＋" },
  { grade: "A", meaning: "概ね計画どおり" },
];

describe("buildCompareMatrix", () => {
  const measures = [
    m("nerima/s/1", "network"),
    m("nerima/s/2", "women"),
    m("nerima/s/3", "women"),
    m("nerima/strategic/1", null),
    m("koganei/s/1", "network"),
  ];
  it("counts measures per category and municipality, zero where there are none", () => {
    const matrix = buildCompareMatrix(categories, ["nerima", "koganei", "akiruno"], measures);
    expect(matrix.rows.map((r) => r.counts)).toEqual([
      [1, 1, 0],
      [2, 0, 0],
    ]);
  });
  it("totals only measures with a category (strategic plans have none)", () => {
    expect(buildCompareMatrix(categories, ["nerima", "koganei"], measures).totals).toEqual([3, 1]);
  });
});

describe("describeMatrix", () => {
  it("names the largest category per municipality and how many categories it covers", () => {
    const matrix = buildCompareMatrix(
      categories,
      ["nerima", "akiruno"],
      [m("nerima/s/1", "network"), m("nerima/s/2", "women"), m("nerima/s/3", "women")],
    );
    expect(describeMatrix(matrix, { nerima: "練馬区", akiruno: "あきる野市" })).toBe(
      "練馬区は「女性」が最も多く（2件）、2分類のうち2分類に施策があります。あきる野市は分類できる施策がありません。",
    );
  });
  it("lists ties together", () => {
    const matrix = buildCompareMatrix(
      categories,
      ["koganei"],
      [m("koganei/s/1", "network"), m("koganei/s/2", "women")],
    );
    expect(describeMatrix(matrix, { koganei: "小金井市" })).toContain(
      "「地域におけるネットワークの強化」と「女性」が最も多く（1件）",
    );
  });
});

describe("readLatest", () => {
  it.each([
    ["no years", [], { kind: "none", fiscalYear: null }],
    [
      "grade of the latest actual year",
      [year(2022, { grade: "A" }), year(2023, { grade: "A+" })],
      { kind: "grade", fiscalYear: 2023, text: "A＋" },
    ],
    [
      "planned years are skipped",
      [year(2023, { grade: "A" }), year(2024, { status: "planned" })],
      { kind: "grade", fiscalYear: 2023, text: "A" },
    ],
    [
      "achievement as printed",
      [year(2020, { achievement: "未実施" }), year(2021, { achievement: "９４団体" })],
      { kind: "achievement", fiscalYear: 2021, text: "９４団体" },
    ],
    [
      "interim year without either",
      [year(2025, { status: "interim", result: "実施" })],
      { kind: "none", fiscalYear: 2025, interim: true },
    ],
    [
      "one grade per section",
      [
        year(2023, {
          gradesBySection: [
            { department: "広聴広報課", grade: "A" },
            { department: "健康推進課", grade: "A+" },
          ],
        }),
      ],
      { kind: "sections", text: "広聴広報課 A、健康推進課 A＋" },
    ],
  ] as const)("%s", (_, years, expected) => {
    expect(readLatest({ years: [...years], unknownFields: [] }, legend)).toMatchObject(expected);
  });
  it("reads back to the last year with a grade and names the newer year without one (62ア)", () => {
    const years = [year(2021, { grade: "A" }), year(2022, { grade: "A" }), year(2023)];
    expect(readLatest({ years, unknownFields: [] }, legend)).toEqual({
      kind: "grade",
      fiscalYear: 2022,
      interim: false,
      grade: "A",
      text: "A",
      newerWithout: 2023,
    });
  });
  it("says none, with the latest year, only when no year has a status", () => {
    expect(readLatest({ years: [year(2020), year(2021)], unknownFields: [] }, legend)).toEqual({
      kind: "none",
      fiscalYear: 2021,
      interim: false,
    });
  });
  it("says unknown when the cell is recorded as unknown", () => {
    expect(
      readLatest({ years: [year(2019), year(2020)], unknownFields: ["years.1.grade"] }, legend),
    ).toEqual({ kind: "unknown", fiscalYear: 2020, interim: false });
  });
});

describe("ruleMatches", () => {
  const rule = (o: Partial<CategoryRule>): CategoryRule => ({
    municipality: "nerima",
    plan: "s",
    category: "network",
    reason: "r",
    ...o,
  });
  const sub = m("nerima/s/9", "x", {
    path: [step("重点施策", "3", "子ども"), step("見出し", "④", "SOS")],
  });
  it.each([
    ["重点施策/3", true],
    ["重点施策/3/④", true],
    ["重点施策/3/③", false],
    ["基本施策/3", false],
    ["重点施策/3/④/x", false],
  ])("section %s → %s", (section, expected) => {
    expect(ruleMatches(rule({ section }), sub)).toBe(expected);
  });
  it("matches a rule for a single measure by its code", () => {
    expect(ruleMatches(rule({ measure: "9" }), sub)).toBe(true);
    expect(ruleMatches(rule({ measure: "8" }), sub)).toBe(false);
  });
});

describe("describeRules", () => {
  const rules: CategoryRule[] = [
    { municipality: "nerima", plan: "s", section: "重点施策/3", category: "children", reason: "a" },
    { municipality: "nerima", plan: "s", section: "重点施策/3/④", category: "sos", reason: "b" },
    {
      municipality: "koganei",
      plan: "s",
      section: "重点施策/3",
      category: "children",
      reason: "c",
    },
  ];
  const measures = [
    m("nerima/s/1", "children", { path: [step("重点施策", "3", "子どもと子育て家庭への支援")] }),
    m("nerima/s/2", "sos", {
      path: [step("重点施策", "3", "子どもと子育て家庭への支援"), step("見出し", "④", "SOS教育")],
    }),
  ];
  it("gives the printed headings and counts only measures the rule places in the category", () => {
    expect(
      describeRules(rules, "children", { municipality: "nerima", slug: "s" }, measures),
    ).toEqual([{ rule: rules[0], headings: ["重点施策3　子どもと子育て家庭への支援"], count: 1 }]);
    expect(describeRules(rules, "sos", { municipality: "nerima", slug: "s" }, measures)).toEqual([
      {
        rule: rules[1],
        headings: ["重点施策3　子どもと子育て家庭への支援", "④　SOS教育"],
        count: 1,
      },
    ]);
  });
  it("falls back to the rule's key when no measure sits under it", () => {
    expect(
      describeRules(rules, "children", { municipality: "koganei", slug: "s" }, measures),
    ).toEqual([{ rule: rules[2], headings: ["重点施策/3"], count: 0 }]);
  });
});
