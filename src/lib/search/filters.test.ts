import { describe, expect, it } from "vitest";
import type { Measure } from "../../schemas/measure.ts";
import { bodyFields, titleFields } from "./fields.ts";
import { measureFilters, splitMunicipalityValue } from "./filters.ts";
import { EXCERPT_TEXT_CHARS, excerptText, searchRecordHtml } from "./index-text.ts";

const measure = {
  id: "nerima/suicide-prevention-1/12",
  url: "/nerima/suicide-prevention-1/12/",
  municipality: "nerima",
  plan: "suicide-prevention-1",
  code: "12",
  title: "ゲートキーパー養成研修",
  path: [{ kind: "基本施策", number: "2", title: "自殺対策を支える人材の育成" }],
  category: "human-resources",
  departments: ["保健予防課"],
  division: null,
  description: "区職員を対象に研修を行う。",
  goal: null,
  planPage: null,
  subLetter: null,
  codeAssigned: false,
  starred: false,
  repostOf: null,
  repostOfCode: null,
  years: [
    {
      fiscalYear: 2022,
      status: "actual",
      result: "2回実施",
      grade: "A",
      gradesBySection: null,
      achievement: null,
      assessment: null,
      nextPlan: null,
    },
    {
      fiscalYear: 2023,
      status: "actual",
      result: null,
      grade: null,
      gradesBySection: [
        { department: "広聴広報課", grade: "A+" },
        { department: "保健予防課", grade: "B" },
      ],
      achievement: null,
      assessment: null,
      nextPlan: "継続",
    },
  ],
  indicators: [],
  budget: [],
  source: { file: "000_7f5aa4348ad65687.txt", lines: [1, 2] },
  fieldLines: {},
  curatedFields: [],
  unknownFields: [],
  printedReferences: [],
  notes: [],
} satisfies Measure;
const context = {
  municipalityName: "練馬区",
  planTitle: "練馬区自殺対策計画〔第１次〕",
  categoryLabel: "自殺対策を支える人材の育成",
};

describe("measureFilters", () => {
  it("lists every value once, with grades per section and per year", () => {
    expect(measureFilters(measure, context)).toEqual({
      municipality: ["練馬区"],
      plan: ["練馬区 練馬区自殺対策計画〔第１次〕"],
      category: ["自殺対策を支える人材の育成"],
      department: ["練馬区 保健予防課", "練馬区 広聴広報課"],
      grade: ["A", "A+", "B"],
      gradeYear: ["2022:A", "2023:A+", "2023:B"],
      year: ["2022", "2023"],
    });
  });
  it("leaves out a key without a value", () => {
    expect(measureFilters(measure, { ...context, categoryLabel: null })).not.toHaveProperty(
      "category",
    );
  });
});

describe("fields", () => {
  it("keeps the title apart and lists the rest field by field", () => {
    expect(titleFields(measure)).toEqual(["ゲートキーパー養成研修"]);
    expect(bodyFields(measure, context)).toContain("区職員を対象に研修を行う。");
    expect(bodyFields(measure, context)).toContain("広聴広報課");
  });
});

describe("searchRecordHtml", () => {
  const html = searchRecordHtml(measure, context);
  it("indexes only the bigram words: a weighted title block and a body block", () => {
    const body = html.replace(/<span [^>]*><\/span>/gu, "");
    expect(body).toMatch(
      /^<html lang="ja"><body><div data-pagefind-body><p data-pagefind-weight="5">[a-z ]+<\/p><p>[a-z ]+<\/p><\/div><\/body><\/html>$/u,
    );
  });
  it("carries the result metadata, the readable excerpt text and the filters as attributes", () => {
    expect(html).toContain('data-pagefind-meta="title:ゲートキーパー養成研修"');
    expect(html).toContain('data-pagefind-meta="text:');
    expect(html).toContain("区職員を対象に研修を行う。");
    expect(html).toContain(`data-pagefind-filter="municipality:${context.municipalityName}"`);
  });
  it("shows a code the site assigned as such in the result's metadata", () => {
    const assigned = searchRecordHtml({ ...measure, code: "j4-1", codeAssigned: true }, context);
    expect(assigned).toContain('data-pagefind-meta="code:j4-1（サイトで付けた番号）"');
  });
  it("escapes attribute values", () => {
    const quoted = searchRecordHtml({ ...measure, title: 'A "B" & <C>' }, context);
    expect(quoted).toContain('data-pagefind-meta="title:A &quot;B&quot; &amp; &lt;C>"');
  });
  it("labels each field, separates fields, and heads each fiscal year so a result can name it", () => {
    const text = excerptText(measure);
    expect(text).toContain("内容：区職員を対象に研修を行う。／");
    expect(text).toMatch(/【令和4年度（2022年度）】 実績・実施状況：2回実施／/u);
  });
  it("cuts a long excerpt text", () => {
    const long = excerptText({ ...measure, description: "あ".repeat(5_000) });
    expect(long.length).toBe(EXCERPT_TEXT_CHARS + 1);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("splitMunicipalityValue", () => {
  it("splits a value at the first space, keeping spaces in the rest", () => {
    expect(splitMunicipalityValue("練馬区 施策の柱３ 安心を支える")).toEqual({
      municipality: "練馬区",
      label: "施策の柱３ 安心を支える",
    });
    expect(splitMunicipalityValue("健康課")).toEqual({ municipality: "", label: "健康課" });
  });
});
