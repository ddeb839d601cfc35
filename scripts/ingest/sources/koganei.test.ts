import { MUNICIPALITIES } from "../../../tests/fixtures/municipalities.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toComparable } from "../../../src/lib/normalize.ts";
import { CurationFileSchema } from "../../../src/schemas/curation.ts";
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import { buildPlanFile } from "../pipeline.ts";
import { buildMeasures, countItems, ingester } from "./koganei.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const SOURCE = read("data/sources/002_7f059ffc7f93b1c5.txt");
const CURATION = CurationFileSchema.parse(
  JSON.parse(read("data/curation/002_7f059ffc7f93b1c5.json")),
);
const NO_CURATION = { source: ingester.file, patches: [], records: [] };

/** Source line each fixture starts at (tests/fixtures/sources/README.md). */
const FIXTURES = {
  "policy1-top": 1,
  "policy1-sections": 143,
  policy2: 344,
  "glued-header": 586,
  "two-part-achievement": 846,
  "policy4-start": 921,
  "page-without-space": 1088,
  "page-break": 1542,
  "no-boundary": 1671,
} as const;
type Fixture = keyof typeof FIXTURES;

/** Excerpts placed at their own line numbers in blank text: line numbers stay the source's. */
function place(...names: Fixture[]): string {
  const out: string[] = Array.from({ length: 1838 }, () => "");
  for (const name of names) {
    const text = read(`tests/fixtures/sources/koganei-${name}.txt`).replace(/\n$/u, "");
    text.split("\n").forEach((line, i) => (out[FIXTURES[name] - 1 + i] = line));
  }
  return out.join("\n");
}
/** Excerpts that hold the 基本施策 heading (and the measures before it) each excerpt needs. */
const NEEDS: Record<Fixture, Fixture[]> = {
  "policy1-top": [],
  "policy1-sections": ["policy1-top"],
  policy2: [],
  "glued-header": ["policy2"],
  "two-part-achievement": ["policy2", "glued-header"],
  "policy4-start": ["policy2", "glued-header"],
  "page-without-space": ["policy2", "glued-header", "policy4-start"],
  "page-break": ["policy2", "glued-header", "policy4-start"],
  "no-boundary": ["policy2", "glued-header", "policy4-start"],
};
function measures(name: Fixture, curation = CURATION): Map<string, MeasureInput> {
  return new Map(buildMeasures(place(...NEEDS[name], name), curation).map((m) => [m.code, m]));
}
function get(name: Fixture, code: string): MeasureInput {
  const m = measures(name).get(code);
  if (!m) throw new Error(`no measure ${code} with fixture ${name}`);
  return m;
}
const year = (m: MeasureInput, i: 0 | 1) =>
  m.years[i] as NonNullable<MeasureInput["years"][number]>;

describe("header: code, title and path", () => {
  it("reads a regime-A header: sub-policy wrapped over 8–9, title line 11", () => {
    const m = get("policy1-top", "1-1-1");
    expect(m.title).toBe("いのち支える自殺対策推進本部の運営");
    expect(m.path).toEqual([
      { kind: "基本施策", number: "1", title: "地域におけるネットワークの強化" },
      { kind: "見出し", number: "1", title: "地域におけるネットワークの構築・連携強化" },
    ]);
    expect(m.fieldLines).toMatchObject({
      "path.0.title": [6, 6],
      "path.1.title": [8, 11],
      title: [8, 11],
    });
  });
  it("reads a one-line header and keeps full-width Latin in the title (346 ＤＶ)", () => {
    const m = get("policy2", "2-1-1");
    expect(m.title).toBe("ＤＶ等相談窓口の整備");
    expect(m.path[1]).toEqual({ kind: "見出し", number: "1", title: "様々な職種を対象とする研修" });
  });
  it("joins a title broken across lines with the page on its own line (1580–1583)", () => {
    const m = get("page-break", "4-3-4");
    expect(m.title).toBe(
      "のびゆくこどもプラン小金井（小金井市子ども・子育て支援事業計画）の計画的推進",
    );
    expect(m.source.lines).toEqual([1580, 1608]);
  });
  it("reads a title glued to its page with no space (1088 `…支給事務P.39`)", () => {
    const m = get("page-without-space", "4-2-1");
    expect(m.title).toBe("特別障害者手当、心身障害者福祉手当、難病者福祉手当等支給事務");
    expect(m.planPage).toBe("P.39");
  });
  it("makes codes n-s-k from 基本施策, （s） and the printed number", () => {
    expect([...measures("policy2").keys()]).toEqual(["2-1-1", "2-1-2", "2-1-3", "2-1-4", "2-1-5"]);
  });
});

describe("planPage", () => {
  it("keeps the page as printed", () => {
    expect(get("policy1-top", "1-1-1").planPage).toBe("P.32");
    expect(get("policy1-top", "1-1-1").fieldLines?.["planPage"]).toEqual([11, 11]);
  });
});

describe("division (担当部署)", () => {
  it("joins a department wrapped over two lines (12–13 `福祉保健`/`部`)", () => {
    const m = get("policy1-top", "1-1-1");
    expect(m.division).toBe("福祉保健部");
    expect(m.fieldLines?.["division"]).toEqual([12, 13]);
  });
  it("splits a department glued to its section (1001 `子ども家庭部子育て支援課`)", () => {
    const m = get("policy4-start", "4-1-2");
    expect(m.division).toBe("子ども家庭部");
    expect(m.departments).toEqual(["子育て支援課"]);
  });
});

describe("departments (担当課)", () => {
  it("reads a section followed on its line by the FY2020 status (15 `健康課 未実施`)", () => {
    expect(get("policy1-top", "1-1-1").departments).toEqual(["健康課"]);
  });
  it("splits two sections on ・ across a line break (187–188, 1026–1027)", () => {
    expect(get("policy1-sections", "1-2-3").departments).toEqual(["自立生活支援課", "介護福祉課"]);
    expect(get("policy4-start", "4-1-3").departments).toEqual(["子育て支援課", "児童青少年課"]);
    expect(get("policy4-start", "4-1-3").fieldLines?.["departments"]).toEqual([1026, 1027]);
  });
  it("reads 図書館, a section not ending in 課", () => {
    expect(get("glued-header", "3-1-1").departments).toEqual(["健康課"]);
    const all = new Map(buildMeasures(SOURCE, CURATION).map((m) => [m.code, m]));
    expect(all.get("3-1-5")).toMatchObject({ division: "生涯学習部", departments: ["図書館"] });
  });
});

describe("years.N.result (実施状況)", () => {
  it("starts the status right after the section line, with no blank line (389–392)", () => {
    const m = get("policy2", "2-1-2");
    expect(year(m, 0).result).toBe(
      "保護司は更生保護の活動を通じて、対象者が様々な問題を抱えている場合には、保護司が適切な支援者へとつなぐ等の対応をとっている。",
    );
    expect(m.fieldLines?.["years.0.result"]).toEqual([390, 392]);
  });
  it("joins a wrapped status cell, its first line indented (43–46)", () => {
    expect(year(get("policy1-top", "1-1-2"), 0).result).toBe(
      "毎年７５歳・８０歳の方を訪問して一人暮らし・高齢者のみ世帯など見守りを必要とする対象者を把握し、関係者とともに見守り支援のネットワークを構築している。",
    );
  });
  it("starts the FY2020 status on the header line in regime C (622)", () => {
    expect(year(get("glued-header", "3-1-1"), 0).result).toBe(
      "窓口に相談窓口に関するリーフレットを設置。相談時に対応する。",
    );
    expect(get("glued-header", "3-1-1").fieldLines?.["years.0.result"]).toEqual([622, 623]);
  });
  it("keeps 【…】 section labels and short lines on their own lines (229–237)", () => {
    expect(year(get("policy1-sections", "1-2-3"), 1).result).toBe(
      "【介護福祉課】\n成年後見の市長申立てを11件行い、審判を受けた。\nまた、市長申し立てを行った者の中で後見人・保佐人へ報酬支払いが困難な者に対して、6件助成を行った。\n【自立生活支援課】\n成年後見の市長申立てを１件行い、審判を受けた。",
    );
  });
});

describe("line breaks: a line ended short of its column keeps its \\n (columns.ts)", () => {
  const all = new Map(buildMeasures(SOURCE, CURATION).map((m) => [m.code, m]));
  it("keeps one item a line in the 「こころの体温計」 list (648–654)", () => {
    expect(all.get("3-1-2")?.years[0]?.result).toBe(
      "市民向けに気軽にストレス度やメンタルチェックシステムを提供し、自身や家族のメンタルヘルスに関心をもってもらう。\n令和２年度（延べ人数）\n「こころの体温計」本人モード5,931人\n「こころの体温計」家族モード1,425人\n赤ちゃんママチェック446件\nストレス対処タイプテスト1,696人\nアルコールチェック1,078人\nサイト総アクセス数13,854件（年間）",
    );
  });
  it("keeps `…20.8％` and `１歳半健診…` apart (1517–1519)", () => {
    expect(all.get("4-3-2")?.years[0]?.result).toBe(
      "3.4か月健診　受診率94.8%、有所見率20.8％\n１歳半健診　受診率97.9%、有所見率23.1％\n３歳児健診　受診率97.6%、有所見率37.1％",
    );
  });
  it("keeps `135件` and `保育利用件数` apart, joins the wrapped sentence before (793–797)", () => {
    expect(all.get("3-2-1")?.years[0]?.result).toMatch(
      /相談窓口の周知を行った。\n延べ相談件数　135件\n保育利用件数　0件$/u,
    );
  });
  it("keeps an indented new paragraph in the 19-wide FY2020 next plan (55–61)", () => {
    expect(year(get("policy1-top", "1-1-2"), 0).nextPlan).toBe(
      "引き続き７５歳・８０歳の方を訪問して一人暮らし・高齢者のみ世帯など見守りを必要とする対象者を把握し、関係者と共有していく。\n高齢者宅への民生委員の訪問について、双方の感染予防を念頭に置き、状況に合わせた実施方法を検討する必要がある。",
    );
  });
  it("joins a wrap before a number that did not fit (1496–1497 `面談率は`/`81.8％`)", () => {
    expect(all.get("4-3-1")?.years[0]?.assessment).toMatch(/面談率は81\.8％と前年より増加した。$/u);
  });
});

describe("years.N.assessment (担当課の評価)", () => {
  it("ends the evaluation at the space before the achievement (160 `…整えている。 随時相談`)", () => {
    expect(year(get("policy1-sections", "1-2-2"), 0).assessment).toBe(
      "権利擁護事業は、地域連携ネットワークの中核機関としての重要な役割を担い早期発見・継続支援を行う体制を整えている。",
    );
  });
  it("ends the evaluation at the space in `例年通りに…できた。 実施` (1613)", () => {
    const m = get("page-break", "4-3-5");
    expect(year(m, 0).assessment).toBe("例年通りに事業を実施することができた。");
    expect(year(m, 0).achievement).toBe("実施");
    expect(year(m, 0).nextPlan).toBe(
      "今後も対象者に対し貸付を実施していく。また、Twitter等での広報活動に努め、対象者へ適切に周知する。",
    );
  });
  it("keeps the block `（前年度比）…` inside the evaluation (806–808)", () => {
    const all = new Map(buildMeasures(SOURCE, CURATION).map((m) => [m.code, m]));
    expect(all.get("3-2-1")?.years[0]?.assessment).toMatch(
      /なかった。\n（前年度比）\n延べ相談件数　113\.4%\n保育利用件数　△８件$/u,
    );
  });
});

describe("years.N.achievement (達成度)", () => {
  it("keeps full-width and ASCII digits as printed (493 `１回実施`, 509 `2回実施`)", () => {
    const m = get("policy2", "2-1-5");
    expect([year(m, 0).achievement, year(m, 1).achievement]).toEqual([
      "１回実施（1/19）",
      "2回実施（2/16、2/17）",
    ]);
  });
  it("joins an FY2020 achievement wrapped in its narrow column, across blank lines", () => {
    expect(year(get("policy1-sections", "1-2-2"), 0).achievement).toBe("随時相談等に対応"); // 160 + 162
    // 966–972: `ク` and `数` end lines of the 4-wide column early, so the author broke there
    expect(year(get("policy4-start", "4-1-1"), 0).achievement).toBe("応援ブック\n掲載団体数\n128");
    expect(year(get("policy4-start", "4-1-3"), 0).achievement).toBe("83％（10/12月）"); // 1042–1045
    expect(year(get("no-boundary", "4-3-9"), 0).achievement).toBe("延べ利用人数　12件、延べ28泊"); // 1706–1710
    expect(get("policy4-start", "4-1-1").fieldLines?.["years.0.achievement"]).toEqual([966, 972]);
  });
  it("reads a six-line FY2020 achievement with sentences (860–865)", () => {
    const m = get("two-part-achievement", "3-2-2");
    expect(year(m, 0).achievement).toBe("人権・身の上相談は未実施。市民相談は実施。");
  });
  it("keeps FY2021's unwrapped lines apart (883–884, 252–253, 1074–1075)", () => {
    expect(year(get("two-part-achievement", "3-2-2"), 1).achievement).toBe(
      "人権・身の上相談　25％\n市民相談　100％",
    );
    expect(year(get("policy1-sections", "1-2-3"), 1).achievement).toBe(
      "【介護福祉課】実施\n【自立生活支援課】実施",
    );
    expect(year(get("policy4-start", "4-1-3"), 1).achievement).toBe(
      "【子育て支援課】実施\n【児童館】100％（12月／12月）",
    );
  });
  it("keeps the dash `－` as printed (1594, 1607)", () => {
    const m = get("page-break", "4-3-4");
    expect([year(m, 0).achievement, year(m, 1).achievement]).toEqual(["－", "－"]);
  });
  it("is null for the two empty cells (K2-2-3 FY2021, K3-2-4 FY2020)", () => {
    expect(year(get("glued-header", "2-2-3"), 1).achievement).toBeNull();
    expect(year(get("policy4-start", "3-2-4"), 0).achievement).toBeNull();
    expect(year(get("policy4-start", "3-2-4"), 0).nextPlan).toBe(
      "取組を継続し、必要な場合には適切な支援先につなぐ体制を強化する。",
    );
  });
});

describe("years.N.nextPlan (今後の実施計画)", () => {
  it("splits `1回実施 時期計画…` at the space and keeps the typo 時期 (32)", () => {
    const m = get("policy1-top", "1-1-1");
    expect(year(m, 1).achievement).toBe("1回実施");
    expect(year(m, 1).nextPlan).toBe("時期計画策定に向けた協議のため、開催する。");
    expect(m.fieldLines).toMatchObject({
      "years.1.achievement": [32, 32],
      "years.1.nextPlan": [32, 32],
    });
  });
  it("splits an achievement line directly followed by next-plan lines (73–76)", () => {
    const m = get("policy1-top", "1-1-2");
    expect(year(m, 1).achievement).toBe("実施");
    expect(year(m, 1).nextPlan).toBe(
      "引き続き７５歳・８０歳の方を訪問して一人暮らし・高齢者のみ世帯など見守りを必要とする対象者を把握し、関係者と共有していく。",
    );
  });
  it("does not append the page header glued after 1020 to K4-1-2's next plan", () => {
    const m = get("policy4-start", "4-1-2");
    expect(year(m, 1).nextPlan).toBe(
      "運営団体を着実に増やしていくとともに、現在の運営団体に対する情報提供や運営に対するサポートも行っていく。",
    );
    expect(m.source.lines).toEqual([1001, 1020]);
  });
  it("does not append the page header glued after 614 to K2-2-3's next plan", () => {
    const m = get("glued-header", "2-2-3");
    expect(year(m, 1).nextPlan).toBe(
      "協力会員講習会を通じて、ゲートキーパー養成研修会の積極的参加を呼びかける。",
    );
    expect(m.source.lines).toEqual([586, 614]);
  });
  it("keeps a space followed by hiragana inside the text (976 `高齢者 の孤立防止`)", () => {
    expect(year(get("policy4-start", "4-1-1"), 0).nextPlan).toBe(
      "継続して、生活支援コーディネーターを中心に、地域の居場所づくりを推進し、高齢者 の孤立防止や生きがいづくりに努める。",
    );
  });
  it("ends before the page footer and header (1569 | 1573 | 1575–1578)", () => {
    const m = get("page-break", "4-3-3");
    expect(year(m, 1).nextPlan).toBe("継続、実施。");
    expect(m.source.lines).toEqual([1542, 1569]);
  });
});

describe("cells with no visible boundary: placed by curation, never guessed", () => {
  it("leaves curated cells to their patch (K4-3-8/K4-3-9 FY2021 status | evaluation)", () => {
    for (const code of ["4-3-8", "4-3-9"]) {
      const m = get("no-boundary", code);
      expect(year(m, 1)).toMatchObject({ result: null, assessment: null, achievement: "実施" });
      expect(m.fieldLines?.["years.1.result"]).toBeUndefined();
    }
  });
  it("throws, naming the measure, when the curation is missing", () => {
    expect(() => measures("policy1-top", NO_CURATION)).toThrow(
      /measure 1-1-1 .*FY2021 assessment ends at a space/u,
    );
    expect(() => measures("policy4-start", NO_CURATION)).toThrow(/measure 4-1-2 /u);
    const without438 = {
      ...CURATION,
      patches: CURATION.patches.filter((p) => p.measure !== "4-3-8"),
    };
    expect(() => measures("no-boundary", without438)).toThrow(
      /measure 4-3-8 .*FY2021 assessment ends at a space/u,
    );
  });
});

describe("the whole source", () => {
  const file = buildPlanFile(
    ingester,
    SOURCE,
    CURATION,
    JSON.parse(read("data/categories.json")),
    MUNICIPALITIES,
  );
  const byCode = new Map(file.measures.map((m) => [m.code, m]));
  it("has 54 measures with 2 actual years each, numbered as the independent count finds", () => {
    expect(file.measures).toHaveLength(54);
    expect(countItems(SOURCE)).toEqual(file.measures.map((m) => m.code));
    expect(file.measures.flatMap((m) => m.years.map((y) => `${y.fiscalYear}/${y.status}`))).toEqual(
      Array.from({ length: 54 }, () => ["2020/actual", "2021/actual"]).flat(),
    );
    const perSub = new Map<string, number>();
    for (const m of file.measures)
      perSub.set(m.code.replace(/-\d+$/u, ""), (perSub.get(m.code.replace(/-\d+$/u, "")) ?? 0) + 1);
    expect(Object.fromEntries(perSub)).toEqual({
      "1-1": 3,
      "1-2": 5,
      "2-1": 5,
      "2-2": 3,
      "3-1": 5,
      "3-2": 4,
      "4-1": 3,
      "4-2": 13,
      "4-3": 13,
    });
  });
  it("reads ASCII numbers 10–13 (1368 `10　意思疎通支援事業`)", () => {
    expect(byCode.get("4-2-10")?.title).toBe("意思疎通支援事業");
    expect(byCode.get("4-3-13")).toMatchObject({
      title: "就学援助費支給事業",
      division: "学校教育部",
      departments: ["学務課"],
      planPage: "P.42",
    });
  });
  it("has every achievement as printed", () => {
    const gk = "ゲートキーパー研修受講率約";
    const expected: [string, string | null, string | null][] = [
      ["1-1-1", "未実施", "1回実施"],
      ["1-1-2", "実施", "実施"],
      ["1-1-3", "９４団体", "100団体"],
      ["1-2-1", "随時相談等に対応", "随時相談等に対応"],
      ["1-2-2", "随時相談等に対応", "随時相談等に対応"],
      ["1-2-3", "実施", "【介護福祉課】実施\n【自立生活支援課】実施"],
      ["1-2-4", "１件", "0件"],
      ["1-2-5", "45回実施/年", "53回/年"],
      ["2-1-1", "受講率100％", "受講率100％"],
      ["2-1-2", "随時相談等に対応", "随時相談等に対応"],
      ["2-1-3", "各相談員に計画概要を配布", "各相談員に計画概要を配布"],
      ["2-1-4", "未実施", "未実施"],
      ["2-1-5", "１回実施（1/19）", "2回実施（2/16、2/17）"],
      ["2-2-1", "未実施", "未実施"],
      ["2-2-2", "１回実施（1/19）", "2回実施（2/16、2/17）"],
      ["2-2-3", "未実施", null],
      ["3-1-1", "実施", "実施"],
      ["3-1-2", "実施", "実施"],
      ["3-1-3", "5回実施", "5回実施"],
      ["3-1-4", "実施", "実施"],
      ["3-1-5", "５回実施", "１０回実施"],
      ["3-2-1", "59日177コマ実施", "59日177コマ実施"],
      [
        "3-2-2",
        "人権・身の上相談は未実施。市民相談は実施。",
        "人権・身の上相談　25％\n市民相談　100％",
      ],
      ["3-2-3", "8件", "28件"],
      ["3-2-4", null, "100%"],
      ["4-1-1", "応援ブック\n掲載団体数\n128", "実施"],
      ["4-1-2", "５団体", "2団体"],
      ["4-1-3", "83％（10/12月）", "【子育て支援課】実施\n【児童館】100％（12月／12月）"],
      ["4-2-1", "実施", "実施"],
      ["4-2-2", `${gk}61％`, `${gk}60％`],
      ["4-2-3", "実施", "実施"],
      ["4-2-4", `${gk}73％`, `${gk}60％`],
      ["4-2-5", "107件", "115件"],
      ["4-2-6", "実施", "実施"],
      ["4-2-7", "実施", "実施"],
      ["4-2-8", "実施", "実施"],
      ["4-2-9", "実施", "実施"],
      ["4-2-10", `${gk}73％`, `${gk}60％`],
      ["4-2-11", "２件", "２件"],
      ["4-2-12", "162件", "137件"],
      ["4-2-13", "3,791食", "3,929食"],
      ["4-3-1", "実施", "実施"],
      ["4-3-2", "実施", "実施"],
      ["4-3-3", "実施", "実施"],
      ["4-3-4", "－", "－"],
      ["4-3-5", "実施", "実施"],
      ["4-3-6", "実施", "実施"],
      ["4-3-7", "実施", "実施"],
      ["4-3-8", "総合相談延べ件数4,414件", "実施"],
      ["4-3-9", "延べ利用人数　12件、延べ28泊", "実施"],
      ["4-3-10", "実施", "実施"],
      ["4-3-11", "実施", "実施"],
      ["4-3-12", "実施", "実施"],
      ["4-3-13", "100%", "100%"],
    ];
    expect(
      file.measures.map((m) => [m.code, m.years[0]?.achievement, m.years[1]?.achievement]),
    ).toEqual(expected);
  });
  // docs/sources/koganei.md#cells-with-no-visible-boundary
  it("applies the curation for the cells with no visible boundary", () => {
    expect(byCode.get("1-1-1")?.years[0]).toMatchObject({
      result: "未実施",
      assessment:
        "自殺対策を効果的に推進するための方向性を定めるためにも開催すべきであったが、実施することができなかった。",
    });
    expect(byCode.get("2-1-4")?.years.map((y) => [y.assessment, y.achievement])).toEqual([
      ["－", "未実施"],
      ["-", "未実施"],
    ]);
    expect(byCode.get("4-1-2")?.years[0]?.result).toBe("子ども食堂運営団体に対して補助を行った。");
    expect(byCode.get("4-3-8")?.years[1]?.result).toBe("総合相談延べ件数　5,429件");
    expect(byCode.get("4-3-9")?.years[1]?.result).toBe("延べ利用人数　16人、延べ24泊");
    expect(byCode.get("4-3-9")?.curatedFields).toEqual(["years.1.result", "years.1.assessment"]);
    expect(file.measures.filter((m) => m.notes.length > 0).map((m) => m.code)).toEqual([
      "1-1-1",
      "2-1-4",
      "4-1-2",
      "4-3-8",
      "4-3-9",
    ]);
  });
  it("splits every measure body into its cells with nothing lost, repeated or moved", () => {
    const lines = SOURCE.split("\n");
    const furniture =
      /^(?:計画における項目 実施内容 計画書|ページ|担当部署 担当課 再掲 .*|自殺対策計画進捗確認シート_.*)$/u;
    for (const m of file.measures) {
      const [a, b] = m.source.lines;
      const text = toComparable(
        lines
          .slice(a - 1, b)
          .filter((l) => !furniture.test(l.trim()))
          .join(""),
      );
      const cells = m.years.flatMap((y) =>
        [y.result, y.assessment, y.achievement, y.nextPlan].map((c) => c ?? ""),
      );
      expect(
        text.endsWith(toComparable(m.division + m.departments.join("・") + cells.join(""))),
        m.code,
      ).toBe(true);
    }
  });
  // docs/sources/koganei.md#characters
  it("keeps characters, typos and quirks as printed", () => {
    expect(byCode.get("3-2-1")?.years[0]?.result).toContain("専門の女性ｶｳﾝｾﾗｰによる相談"); // 786
    expect(byCode.get("3-2-1")?.years[0]?.assessment).toContain("面談での相談体制を取った。。"); // 803
    expect(byCode.get("2-1-5")?.years[0]?.assessment).toMatch(/^緊急事態宣言ため/u); // 487
    expect(byCode.get("4-1-1")?.years[0]?.result).toContain("地域とつながる応援マップ"); // 957–958
    expect(byCode.get("4-3-6")?.years[0]?.result).toBe(
      "延世帯数　19世帯\n前年比　+9世帯となった。",
    ); // 1627–1628
    // K2-1-1 belongs to 企画政策課 but its FY2020 evaluation cites 自立生活支援課 (357–358)
    expect(byCode.get("2-1-1")?.years[0]?.assessment).toMatch(
      /^令和２年度までの自立生活支援課のゲートキーパー研修受講率/u,
    );
  });
  it("has no content field, no 再掲 and no grades", () => {
    for (const m of file.measures) {
      expect([m.description, m.goal, m.repostOf, m.subLetter]).toEqual([null, null, null, null]);
      expect(m.years.every((y) => y.grade === null && y.gradesBySection === null)).toBe(true);
    }
  });
  // docs/sources/koganei.md#hierarchy-and-counts
  it("counts 6 departments and 11 sections", () => {
    const divisions = new Map<string, number>();
    for (const m of file.measures)
      divisions.set(m.division ?? "", (divisions.get(m.division ?? "") ?? 0) + 1);
    expect(Object.fromEntries(divisions)).toEqual({
      福祉保健部: 33,
      子ども家庭部: 14,
      企画財政部: 4,
      生涯学習部: 1,
      市民部: 1,
      学校教育部: 1,
    });
    expect(new Set(file.measures.flatMap((m) => m.departments)).size).toBe(11);
  });
  it("describes the plan and what the source leaves out", () => {
    expect(file.plan).toMatchObject({
      title: "自殺対策計画進捗確認シート",
      fiscalYears: [2020, 2021],
      grades: [],
    });
    expect(file.plan.coverage.join("")).toMatch(/基本施策1～4/u);
    expect(file.plan.coverage.join("")).toMatch(/基本施策４（３）の13.*P\.42/u);
    expect(file.plan.coverage.join("")).toMatch(/再掲.*空欄/u);
  });
});
