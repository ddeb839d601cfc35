import { MUNICIPALITIES } from "../../../tests/fixtures/municipalities.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toComparable } from "../../../src/lib/normalize.ts";
import { CurationFileSchema } from "../../../src/schemas/curation.ts";
import type { Measure } from "../../../src/schemas/measure.ts";
import { placeCells, type MeasureCells } from "../nerima-suicide/cells.ts";
import { findDepartmentTail, splitDepartmentNames } from "../nerima-suicide/departments.ts";
import { findMeasures, splitLines, type MeasureRows } from "../nerima-suicide/layout.ts";
import { gradeOf, tokenize } from "../nerima-suicide/tokens.ts";
import { buildPlanFile } from "../pipeline.ts";
import { countItems, ingester } from "./nerima-suicide.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const fixture = (name: string): string[] =>
  splitLines(read(`tests/fixtures/sources/nerima-suicide-${name}.txt`));

/** Rows and rule-placed cells of every measure in a fixture. */
function placeFixture(name: string): { rows: MeasureRows; cells: MeasureCells }[] {
  const lines = fixture(name);
  return findMeasures(lines).map((rows) => {
    const inline = rows.inlineTitle
      ? {
          value: rows.inlineTitle,
          lines: [rows.first, rows.first] as [number, number],
          ambiguous: false,
        }
      : null;
    return { rows, cells: placeCells(tokenize(lines, rows.first + 1, rows.last), inline, 5) };
  });
}
const only = (name: string): MeasureCells =>
  (placeFixture(name)[0] as { cells: MeasureCells }).cells;
const grades = (cells: MeasureCells): string[] =>
  cells.years.map((y) => y.grades.map((g) => g.grade).join("/") || "—");

// (P1) … (P19) in test names: the traps of docs/sources/nerima-suicide-plan.md#trap-index.
describe("findMeasures (headings, measure lines, page headers)", () => {
  it("reads number, page, letter and the heading path; skips the page header (P1)", () => {
    const [m] = placeFixture("header-measure-1");
    expect(m?.rows).toMatchObject({
      code: "1",
      planPage: "P17",
      subLetter: "ア",
      first: 46,
      last: 118,
    });
    expect(m?.rows.block).toMatchObject({
      kind: "基本施策",
      number: "1",
      title: "地域におけるネットワークの強化",
      line: 42,
    });
    expect(m?.rows.sub).toMatchObject({
      number: "①",
      title: "関係機関等の連携体制の構築",
      line: 44,
    });
  });
  it("takes a sub-heading right after department lines, with no blank line (P3, line 8339)", () => {
    const [m75, m76] = placeFixture("measures-75-76");
    expect(m75?.rows.last).toBe(86); // センター, source line 8338
    expect(m76?.rows.sub).toMatchObject({ number: "⑤", title: "身近な大人への支援体制の強化" });
    expect(m76?.rows.inlineTitle).toBe("母子保健事業");
  });
  it("keeps the letter as printed when a sub-heading starts at ウ (P14, measure 48)", () => {
    const [m] = placeFixture("measure-48");
    expect(m?.rows).toMatchObject({ code: "48", subLetter: "ウ" });
    expect(m?.rows.block).toMatchObject({ kind: "重点施策", number: "1" });
    expect(m?.rows.sub).toMatchObject({ number: "③", title: "高齢者の社会参加の促進" });
  });
  it("does not take circled-number lines inside cells for headings (1228 ①区民対象)", () => {
    const all = findMeasures(splitLines(read("data/sources/000_7f5aa4348ad65687.txt")));
    const subs = new Set(all.map((m) => m.sub?.line));
    expect(subs.size).toBe(28);
    expect(all.find((m) => m.code === "12")?.last).toBe(1359);
  });
  it("keeps content line 3185 that begins like the page header (P2)", () => {
    const [, m30] = placeFixture("measures-29-30");
    expect(m30?.cells.years[0]?.result.value).toContain(
      "練馬区自殺対策計画が策定されたことを従事スタッフへ周知する。",
    );
  });
});

describe("titles", () => {
  it("joins a title wrapped mid-word (自殺対策推進会 / 議)", () => {
    expect(only("header-measure-1").title.value).toBe("自殺対策推進会議");
  });
  it("reads a title after a blank line (P4, measure 7) and on the number line (measure 76)", () => {
    const [, m7] = placeFixture("measures-6-7");
    expect(m7?.cells.title.value).toBe("窓口業務等の職員向けゲートキーパー養成講座");
    expect(placeFixture("measures-75-76")[1]?.cells.title.value).toBe("母子保健事業");
  });
  it("joins a four-line title (measure 11)", () => {
    expect(only("measure-11").title.value).toBe(
      "障害福祉サービス事業所向けゲートキーパー養成講座の周知",
    );
  });
});

describe("grades", () => {
  it("reads printed grade tokens, full-width Ａ as A", () => {
    expect(["A", "Ａ", "A+", "B", "A＋", "AB", "Ａ概"].map(gradeOf)).toEqual([
      "A",
      "A",
      "A+",
      "B",
      "A+",
      null,
      null,
    ]);
  });
  it("finds grades glued to text (P5) and the vertical 2023 label (P6)", () => {
    const cells = only("header-measure-1");
    expect(grades(cells)).toEqual(["B", "B", "A", "A", "A"]);
    expect(cells.years[4]?.assessment.value).toMatch(/^令和６年３月に策定した/u);
  });
  it("reads five years from one line (P5, line 6199)", () => {
    const cells = only("measure-59");
    expect(grades(cells)).toEqual(["A", "A", "A", "A", "A"]);
    expect(cells.years.map((y) => y.result.value)).toEqual([
      "・事業の実施",
      "・事業の実施",
      "事業の実施",
      "事業の実施",
      "事業の実施",
    ]);
    expect(cells.years.map((y) => y.assessment.value)).toEqual([
      null,
      "実施",
      "計画通りに実施",
      "計画通りに実施",
      "計画通りに実施",
    ]);
    expect(cells.years[4]?.nextPlan?.value).toBe("事業の実施");
  });
  it("reads the half-width A followed by ： (measure 66) and drops the vertical label", () => {
    const cells = only("measure-66");
    expect(grades(cells)).toEqual(["A", "A", "A", "A", "A"]);
    expect(cells.years[4]?.assessment.value ?? "").not.toMatch(/^：/u);
  });
  it("reads the only FY2023 A+ with 計画以上に進んだ, and ど / ' り' (P6, 75 and 76)", () => {
    const [m75, m76] = placeFixture("measures-75-76");
    expect(m75 && grades(m75.cells)).toEqual(["A", "A", "A", "A", "A+"]);
    expect(m75?.cells.years[4]?.assessment.value).toBe("継続実施");
    expect(m76 && grades(m76.cells)).toEqual(["A", "A", "A", "A", "A"]);
    expect(m76?.cells.years[4]?.assessment.value).toMatch(/^妊婦面談実施率/u);
  });
  it("has no FY2023 grade for measures 11 and 62 (P7)", () => {
    expect(grades(only("measure-11"))).toEqual(["B", "A", "A", "A", "—"]);
    expect(grades(only("measure-62"))).toEqual(["A", "A", "A", "A", "—"]);
  });
  it("keeps the two stacked grades of measure 41 in one cell (P8)", () => {
    const cells = only("measure-41");
    expect(grades(cells)).toEqual(["A/B", "A/B", "A", "A", "A"]);
    expect(cells.years[0]?.grades.map((g) => g.line)).toEqual([35, 37]); // source 4368, 4370
  });
});

describe("cells", () => {
  it("reads 取組内容 and 目指す効果 as one block each", () => {
    const cells = only("header-measure-1");
    expect(cells.description.value).toBe(
      "保健・医療・福祉・教育等の関係者・関係団体や学識経験者を構成員とする自殺対策推進会議を開催し、関係機関や民間団体等が課題を共有し、緊密に連携して自殺予防を総合的に推進する体制を構築します。",
    );
    expect(cells.goal.value).toBe("関係機関が連携・協力して総合的な自殺対策を推進する。");
  });
  it("splits result, grade and comment glued on one line (line 60)", () => {
    const y = only("header-measure-1").years[0];
    expect(y?.result.value).toBe("・未開催");
    expect(y?.assessment.value).toMatch(
      /^・新型コロナウイルス感染症拡大防止のため令和2年3月11日に予定していた会議は開催中止とした。\n・会議資料/u,
    );
  });
  it("reads one block between two grades as the next result, not a comment (P9, measure 7)", () => {
    const [, m7] = placeFixture("measures-6-7");
    expect(m7?.cells.years[0]?.assessment.value).toBeNull();
    expect(m7?.cells.years[1]?.result.value).toMatch(/^・２回／年\n\(1\)２月１８日/u);
  });
  it("keeps dash placeholders as printed (― plan of measure 6, ー comment of measure 11)", () => {
    const [m6] = placeFixture("measures-6-7");
    expect(m6?.cells.years[4]?.nextPlan?.value).toBe("―");
    expect(only("measure-11").years[2]?.assessment.value).toBe("ー");
  });
  it("marks cells split by blank lines inside cells as ambiguous (P11, measure 66 tail)", () => {
    const y = only("measure-66").years[4];
    expect(y?.assessment.ambiguous).toBe(true);
    expect(y?.nextPlan?.ambiguous).toBe(true);
  });
  it("marks the rows after the last grade of a measure without FY2023 grade as ambiguous (P7)", () => {
    const years = only("measure-62").years;
    expect(years[4]?.result.ambiguous).toBe(true);
    expect(years[3]?.assessment.ambiguous).toBe(true);
  });
});

describe("departments (P13)", () => {
  it("splits merged names and joins wrapped ones with the dictionary", () => {
    expect(splitDepartmentNames("教育指導課学校教育支援センター")).toEqual([
      "教育指導課",
      "学校教育支援センター",
    ]);
    expect(splitDepartmentNames("子育て支援課在宅育児支援担当課")).toEqual([
      "子育て支援課",
      "在宅育児支援担当課",
    ]);
    expect(splitDepartmentNames("支援課")).toBeNull();
  });
  it("takes only the trailing run of names", () => {
    const tail = findDepartmentTail([
      { line: 1, text: "（2,000部）の作成" },
      { line: 1, text: "保健予防課" },
    ]);
    expect(tail).toEqual({ names: ["保健予防課"], start: 1, lines: [1, 1] });
  });
  it.each([
    ["measure-14", ["保健予防課"]],
    ["measures-29-30", ["子育て支援課", "在宅育児支援担当課"]],
    ["measure-62", ["教育指導課", "学校教育支援センター"]],
    ["measure-77", ["在宅育児支援担当課"]],
    ["measure-93", ["人権・男女共同参画課"]],
    ["measure-11", ["障害者サービス調整担当課"]],
  ])("%s → %j", (name, expected) => {
    expect(placeFixture(name)[0]?.cells.departments?.names).toEqual(expected);
  });
  it("leaves the plan text before a glued name (1537, 8545)", () => {
    expect(only("measure-77").years[4]?.nextPlan?.value).toBe(
      "・子どもと家庭の総合相談事業\n・すくすくアドバイザー(子ども家庭支援センター４か所)",
    );
  });
});

// ---- the whole source, with its curation ----

const text = read("data/sources/000_7f5aa4348ad65687.txt");
const curation = CurationFileSchema.parse(
  JSON.parse(read("data/curation/000_7f5aa4348ad65687.json")),
);
const file = buildPlanFile(
  ingester,
  text,
  curation,
  JSON.parse(read("data/categories.json")),
  MUNICIPALITIES,
);
const byCode = new Map(file.measures.map((m) => [m.code, m]));
const measure = (code: string): Measure => {
  const m = byCode.get(code);
  if (!m) throw new Error(`no measure ${code}`);
  return m;
};
const gradeSeq = (m: Measure): string =>
  m.years
    .map((y) =>
      y.gradesBySection ? y.gradesBySection.map((g) => g.grade).join("/") : (y.grade ?? "—"),
    )
    .join(" ");

describe("full source", () => {
  it("has 93 measures numbered 1–93, matching the independent count", () => {
    expect(file.measures.map((m) => m.code)).toEqual(
      Array.from({ length: 93 }, (_, i) => String(i + 1)),
    );
    expect(countItems(text)).toEqual(file.measures.map((m) => m.code));
  });
  it("has 5 actual year records per measure, FY2019–2023", () => {
    for (const m of file.measures) {
      expect(m.years.map((y) => [y.fiscalYear, y.status, y.achievement])).toEqual(
        [2019, 2020, 2021, 2022, 2023].map((fy) => [fy, "actual", null]),
      );
    }
  });
  // The table in docs/sources/nerima-suicide-plan.md#grades
  it("matches the per-year grade distribution", () => {
    const table = [0, 1, 2, 3, 4].map((i) => {
      const count = { "A+": 0, A: 0, B: 0, split: 0, missing: 0 };
      for (const m of file.measures) {
        const y = m.years[i];
        if (y?.gradesBySection) count.split++;
        else if (y?.grade) count[y.grade]++;
        else count.missing++;
      }
      return count;
    });
    expect(table).toEqual([
      { "A+": 2, A: 77, B: 13, split: 1, missing: 0 },
      { "A+": 3, A: 71, B: 18, split: 1, missing: 0 },
      { "A+": 1, A: 86, B: 6, split: 0, missing: 0 },
      { "A+": 0, A: 93, B: 0, split: 0, missing: 0 },
      { "A+": 1, A: 88, B: 0, split: 0, missing: 4 },
    ]);
  });
  it("matches the 34 grade sequences that are not all A, and A×5 elsewhere", () => {
    const expected: Record<string, string> = {
      "1": "B B A A A",
      "2": "A B A A A",
      "3": "B A A A A",
      "4": "B A A A A",
      "6": "A B A A A",
      "8": "B B A A A",
      "9": "A B A A A",
      "10": "A B A A A",
      "11": "B A A A —",
      "16": "B A B A A",
      "22": "B A A A A",
      "23": "A A B A A",
      "25": "A B A A A",
      "26": "A B B A A",
      "27": "A B A A A",
      "28": "A+ B A+ A A",
      "35": "B B A A A",
      "36": "A B A A A",
      "37": "A A B A A",
      "38": "A B B A A",
      "40": "A A+ A A A",
      "41": "A/B A/B A A A",
      "42": "A+ A+ A A A",
      "45": "B B A A A",
      "47": "B B A A A",
      "50": "B A A A A",
      "57": "A A+ A A A",
      "62": "A A A A —",
      "63": "A A A A —",
      "64": "A A A A —",
      "68": "B B A A A",
      "75": "A A A A A+",
      "87": "B B A A A",
      "88": "A B B A A",
    };
    expect(Object.keys(expected)).toHaveLength(34);
    for (const m of file.measures)
      expect([m.code, gradeSeq(m)]).toEqual([m.code, expected[m.code] ?? "A A A A A"]);
  });
  it("has no FY2023 grade for 11, 62, 63, 64, with a note saying so", () => {
    for (const code of ["11", "62", "63", "64"]) {
      expect(measure(code).years[4]?.grade).toBeNull();
      expect(measure(code).notes.join("")).toContain("令和５年度の評価は原資料に記載がありません");
    }
  });
  it("splits measure 41's FY2019/2020 grade by section: 広聴広報課 A, 保健相談所 B", () => {
    for (const i of [0, 1]) {
      expect(measure("41").years[i]?.grade).toBeNull();
      expect(measure("41").years[i]?.gradesBySection).toEqual([
        { department: "広聴広報課", grade: "A" },
        { department: "保健相談所", grade: "B" },
      ]);
    }
  });
  it("reads titles, pages, letters and paths", () => {
    expect(measure("12")).toMatchObject({
      title: "ゲートキーパー養成講座",
      planPage: "P19",
      subLetter: "ア",
    });
    expect(measure("24").title).toBe(
      "精神障害にも対応した地域包括ケアシステムの構築に向けた協議の場の設置",
    );
    expect(measure("85")).toMatchObject({ subLetter: "イ", planPage: "P36" });
    expect(measure("91").path).toEqual([
      { kind: "重点施策", number: "5", title: "女性への支援" },
      { kind: "見出し", number: "④", title: "男女共同参画センター相談事業" },
    ]);
    expect(measure("18").path[1]?.title).toBe(
      "多様な媒体を活用した啓発（区報、区ホームページ、SNS等）",
    );
  });
  // docs/sources/nerima-suicide-plan.md#departments
  it("reads the departments (26 names, 20 measures with several)", () => {
    const names = new Set(file.measures.flatMap((m) => m.departments));
    expect(names.size).toBe(26);
    expect(file.measures.filter((m) => m.departments.length > 1)).toHaveLength(20);
    expect(
      file.measures.filter((m) => m.departments.includes("保健相談所")).map((m) => m.code),
    ).toEqual("5 16 18 19 20 21 22 23 24 25 36 37 38 41 50 61 74 76 81 82 89 90".split(" "));
    expect(measure("30").departments).toEqual(["子育て支援課"]);
    expect(measure("31").departments).toEqual(["こども施策企画課"]);
  });
  it("keeps 同左 in the FY2024 plan as printed, and records the site's reading of it apart", () => {
    for (const code of ["33", "34", "78", "91", "92", "93"]) {
      const m = measure(code);
      expect(m.years[4]?.nextPlan).toBe("同左");
      expect(m.printedReferences).toEqual([
        {
          cell: { fiscalYear: 2023, field: "nextPlan" },
          refersTo: { fiscalYear: 2023, field: "result" },
          reason: expect.stringContaining("すぐ左は令和５年度の「進捗状況・課題」"),
        },
      ]);
    }
    expect(measure("93").fieldLines["years.4.nextPlan"]).toEqual([10211, 10211]);
    expect(file.measures.filter((m) => m.printedReferences.length > 0)).toHaveLength(6);
  });
  it("never leaks the vertical grade label or page header into a value", () => {
    for (const m of file.measures) {
      for (const y of m.years) {
        for (const v of [y.result, y.assessment, y.nextPlan]) {
          expect(v ?? "").not.toMatch(
            /^(概ね計画どおり|計画以上に進んだ|：)|取組状況詳細|年度別実施内容|担当課自殺対策/u,
          );
        }
      }
    }
  });
  it("describes the plan as printed", () => {
    expect(file.plan.grades).toEqual([
      { grade: "A+", printed: "A＋", meaning: "計画以上に進んだ" },
      { grade: "A", printed: "A", meaning: "概ね計画どおり" },
      { grade: "B", printed: "B", meaning: "遅れや修正が生じた" },
    ]);
    expect(file.plan.source).toEqual({
      file: "000_7f5aa4348ad65687.txt",
      title: "練馬区自殺対策計画〔第１次〕の取組状況詳細(平成31年度～令和５年度)",
      publisher: "練馬区健康部",
      date: "2025-01-28",
    });
  });
});

describe("full source: cells", () => {
  it("places every word of every measure exactly once, in reading order (except the 3 unknown spans)", () => {
    const lines = splitLines(text);
    const unknown: Record<string, string> = {
      "11": "-ー--",
      "18": "・区報やホームページ等でキャンペーンの実施および相談窓口一覧を更新する。【保健相談所】こころの相談等の周知をホームページ、区報で行った。",
      "37": "・こころといのちのサポートネット（東京都）と保健相談所の連携と支援体制の強化に向けて継続的に取り組む。・個別ケースにおいて、こころといのちのサポートネットと連携して相談支援を行った。",
    };
    for (const rows of findMeasures(lines)) {
      const m = measure(rows.code);
      const printed =
        (rows.inlineTitle ?? "") +
        tokenize(lines, rows.first + 1, rows.last)
          .map((t) => (t.kind === "text" ? t.fragments.map((f) => f.text).join("") : ""))
          .join("");
      const placed = [m.title, m.description, m.goal];
      m.years.forEach((y, i) => {
        placed.push(y.result, y.assessment);
        if (i === 4) placed.push(y.nextPlan);
      });
      placed.push(m.departments.join(""));
      const expected = toComparable(printed).replace(toComparable(unknown[m.code] ?? "\u0000"), "");
      expect([m.code, toComparable(placed.map((p) => p ?? "").join(""))]).toEqual([
        m.code,
        expected,
      ]);
    }
  });
  it("has a result for every measure-year except the unknown cells, which carry a note", () => {
    const missing = file.measures.flatMap((m) =>
      m.years
        .filter((y) => y.result === null)
        .map((y) => {
          expect(m.notes.join("")).toMatch(/判別できない/u);
          return `${m.code}/${y.fiscalYear}`;
        }),
    );
    expect(missing).toEqual(["11/2023", "18/2020", "37/2020"]);
  });
  it("places curated multi-paragraph cells (P9–P11) as read by hand", () => {
    expect(measure("12").years[3]?.assessment).toMatch(
      /^①事業の趣旨、内容等について[\s\S]*\n③動画へのアクセスが増えるよう、周知を進めていく。$/u,
    );
    expect(measure("12").years[4]?.result).toMatch(
      /^①区民対象\n・２回／年\n\(1\)令和５年９月１日/u,
    );
    expect(measure("15").years[0]?.assessment).toBeNull();
    expect(measure("15").years[1]?.result).toBe(
      "(1)【９月】\n・区役所２階通路でパネル展示\n(2)【３月】\n・区役所正面入口東側でパネル展示\n・懸垂幕の設置",
    );
    expect(measure("30").years[0]?.assessment).toBe(
      "練馬区自殺対策計画が策定されたことを従事スタッフへ周知する。ゲートキーパー養成講座等、関連する研修がある場合は受講を呼びかけ、受講後はスタッフ間での情報共有を働きかける。",
    );
    expect(measure("36").years[0]?.result).toBe("・支援機関の専門職員向け研修 1回");
    expect(measure("62").years[4]?.result).toMatch(
      /^【学校教育支援センター】[\s\S]*引き続き活用する。$/u,
    );
    expect(measure("62").years[4]?.assessment).toMatch(
      /^【教育指導課】\nグーグルクラスルーム[\s\S]*業務委託を開始した。$/u,
    );
    expect(measure("88").years[0]?.assessment).toBeNull();
    expect(measure("88").years[1]?.result).toMatch(
      /^・新型コロナウイルス感染症予防対策のため、例年実施しているフェスティバル・つどいは中止。\n・パネル展示/u,
    );
    expect(measure("89").years[1]?.result).toBe("・引き続き妊婦に対し個別支援を行う。");
  });
  it("keeps rule-placed cells: one block after a grade is the next result (P9), glued cells split at spaces (P5)", () => {
    expect(measure("7").years[0]?.assessment).toBeNull();
    expect(measure("34").years.map((y) => y.result?.slice(0, 2))).toEqual([
      "随時",
      "随時",
      "地域",
      "地域",
      "地域",
    ]);
    expect(measure("75").years[1]).toMatchObject({ result: "継続", assessment: "ー" });
    expect(measure("76").years[2]?.assessment).toBe("妊婦面談実施率　97.1％");
    expect(measure("41").years[3]).toMatchObject({ assessment: "継続実施" });
  });
});

describe("line breaks the author typed (a line ending short of its column)", () => {
  it("keeps list items printed without a bullet apart", () => {
    expect(measure("67").years[0]?.result).toContain("小学校35,369枚\n中学校14,611枚");
    expect(measure("71").years[0]?.result).toContain("フリーマインド５名\nトライ７名");
  });
  it("joins a line the layout wrapped at the column's width", () => {
    // 「・心理教育相談員配置数」 fills the 11-character column: the layout wrapped it.
    expect(measure("71").years[0]?.result).toMatch(/^・心理教育相談員配置数フリーマインド５名\n/u);
    expect(measure("62").years[4]?.assessment).toContain("グーグルクラスルームを活用し、");
  });
});
