import { MUNICIPALITIES } from "../../../tests/fixtures/municipalities.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import { cleanCell, readRows } from "../akiruno/rows.ts";
import { buildPlanFile } from "../pipeline.ts";
import { buildMeasures, countItems, ingester } from "./akiruno.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const SOURCE = read("data/sources/003_914f02806d01f868.txt");
const NO_CURATION = { source: ingester.file, patches: [], records: [] };

/** Source line each fixture starts at (tests/fixtures/sources/README.md). */
const FIXTURES = { network: 1, "broken-out": 88, "list-cell": 125, priority: 143 } as const;

/** Excerpts placed at their own line numbers in blank text: line numbers stay the source's. */
function place(...names: (keyof typeof FIXTURES)[]): string {
  const out: string[] = Array.from({ length: 196 }, () => "");
  for (const name of names) {
    const text = read(`tests/fixtures/sources/akiruno-${name}.txt`).replace(/\n$/u, "");
    text.split("\n").forEach((line, i) => (out[FIXTURES[name] - 1 + i] = line));
  }
  return out.join("\n");
}

function measures(...names: (keyof typeof FIXTURES)[]): Map<string, MeasureInput> {
  return new Map(buildMeasures(place(...names)).map((m) => [m.code, m]));
}
const get = (map: Map<string, MeasureInput>, code: string): MeasureInput => {
  const m = map.get(code);
  if (!m) throw new Error(`no measure ${code}; have ${[...map.keys()].join(", ")}`);
  return m;
};

describe("codes", () => {
  it("marks every code as assigned by the site: the table prints no numbers", () => {
    const m = measures("broken-out", "list-cell");
    expect([...m.values()].every((x) => x.codeAssigned === true)).toBe(true);
  });
});

describe("readRows: sections and sub-headings", () => {
  it("takes the table caption as the section title, not the intro heading (4/5/6)", () => {
    const m = measures("broken-out", "list-cell");
    expect(get(m, "4-1-1").path[0]).toEqual({
      kind: "基本施策",
      number: "4",
      title: "自殺未遂者等への支援の充実",
    });
    expect(get(m, "4-1-1").fieldLines?.["path.0.title"]).toEqual([94, 94]);
    // line 114 glues the intro heading and its text with a tab; the caption is line 119
    expect(get(m, "5-1-1").path[0]?.title).toBe("遺された人々への支援の充実");
    expect(get(m, "6-1-1").path[0]?.title).toBe("児童のSOSの出し方に関する教育");
  });
  it("reads <b>-wrapped, tab-padded and bare ①②③ sub-headings", () => {
    const m = measures("network");
    expect(get(m, "1-1-1").path[1]).toEqual({
      kind: "見出し",
      number: "①",
      title: "自殺対策に関するネットワークを強化する",
    });
    expect(get(m, "1-3-1").path[1]?.title).toBe("地域団体との連携を強化する");
    expect(get(measures("broken-out"), "4-1-1").path[1]).toEqual({
      kind: "見出し",
      number: "①",
      title: "自殺未遂者等を適切な支援につなげる",
    });
    expect(get(measures("broken-out"), "4-1-1").fieldLines?.["path.1.title"]).toEqual([104, 104]);
  });
  it("gives 重点施策 rows a one-step path and takes the caption out of the header row (146)", () => {
    const j1 = get(measures("priority"), "j1-1");
    expect(j1.path).toEqual([{ kind: "重点施策", number: "1", title: "高齢者の自殺対策の推進" }]);
  });
  it("does not take the orphan `重点施策\\t\\t\\t` (179) or the separator (115) for rows", () => {
    expect([...measures("priority").keys()].filter((c) => c.startsWith("j3"))).toHaveLength(7);
    expect([...measures("broken-out").keys()]).toEqual(["4-1-1", "5-1-1"]);
  });
});

describe("code", () => {
  it("numbers 基本施策 rows n-m-k and 重点施策 rows j{n}-{k}", () => {
    expect([...measures("network").keys()]).toEqual([
      "1-1-1",
      "1-1-2",
      "1-2-1",
      "1-2-2",
      "1-2-3",
      "1-2-4",
      "1-2-5",
      "1-3-1",
      "1-3-2",
      "1-3-3",
    ]);
    expect([...measures("priority").keys()].join(" ")).toBe(
      "j1-1 j1-2 j1-3 j1-4 j1-5 j2-1 j2-2 j3-1 j3-2 j3-3 j3-4 j3-5 j3-6 j3-7 j4-1 j4-2 j4-3 j4-4 j4-5",
    );
  });
});

describe("title", () => {
  it("reads 取組項目 and, in 基本施策1, 会議名 rows", () => {
    expect(get(measures("network"), "1-1-1").title).toBe("あきる野市自殺対策推進協議会");
    expect(get(measures("priority"), "j3-1").title).toBe("ワークライフバランスの意識啓発と推進");
  });
  it("keeps the title's wording where the content words it differently (60: 便利帳 / 便利手帳)", () => {
    const m = get(
      new Map(ingester.parse(SOURCE, NO_CURATION).measures.map((x) => [x.code, x])),
      "3-1-1",
    );
    expect(m.title).toBe("くらしの便利帳の発行");
    expect(m.description).toContain("くらしの便利手帳の中に");
  });
});

describe("departments", () => {
  it("splits `健康課／福祉総務課` into two sections (108, 123)", () => {
    const m = measures("broken-out");
    expect(get(m, "4-1-1").departments).toEqual(["健康課", "福祉総務課"]);
    expect(get(m, "5-1-1").departments).toEqual(["健康課", "福祉総務課"]);
  });
  it("keeps one section as printed", () => {
    expect(get(measures("network"), "1-2-4").departments).toEqual(["こども家庭センター"]);
  });
});

describe("rows that left tab form (106–112, 163–177)", () => {
  it("reads title, section, content and progress from four blank-separated lines", () => {
    const m = get(measures("broken-out"), "4-1-1");
    expect(m.title).toBe("健康相談");
    expect(m.description).toBe(
      "自殺願望や自殺未遂、自傷行為がある相談者に対して必要に応じて、医療機関、関係機関等と連携し、支援します。",
    );
    expect(m.years[0]?.result).toMatch(
      /^地区担当保健師によるこころの健康に関する相談件数は31件\(実数\)で/u,
    );
    expect(m.source.lines).toEqual([106, 112]);
    expect(m.fieldLines).toMatchObject({
      title: [106, 106],
      departments: [108, 108],
      description: [110, 110],
      "years.0.result": [112, 112],
    });
  });
  it("reads 重点施策2, whose broken header has no 取組項目 cell (157–161)", () => {
    const m = measures("priority");
    expect(get(m, "j2-1")).toMatchObject({
      title: "ケースワーカー活動",
      departments: ["生活福祉課"],
      source: { lines: [163, 169] },
    });
    expect(get(m, "j2-2")).toMatchObject({
      title: "生活・就労相談",
      source: { lines: [171, 177] },
    });
  });
});

describe("description (内容)", () => {
  it("is the 内容 cell as printed", () => {
    expect(get(measures("network"), "1-3-2").description).toBe(
      "保護司に相談窓口の一覧等のリーフレットを配布し、適切な関係機関へつなぐことができるよう支援します。",
    );
  });
});

describe("years.0 (取組進捗状況)", () => {
  it("is one interim FY2025 record with only the result filled", () => {
    expect(get(measures("network"), "1-1-2").years).toEqual([
      {
        fiscalYear: 2025,
        status: "interim",
        result:
          "令和7年7月19日実施の会議において、令和6年度自殺対策推進事業の報告や第2次自殺対策推進計画の進行管理票（案）等について報告し、各分野の連携強化のため、情報共有をした。",
        grade: null,
        gradesBySection: null,
        achievement: null,
        assessment: null,
        nextPlan: null,
      },
    ]);
  });
  it("turns a <ul><li> list into one line per item (140)", () => {
    expect(get(measures("list-cell"), "6-2-1").years[0]?.result).toBe(
      [
        "令和7年9月末時点の教育相談所の相談件数は、来室相談が942件、電話相談が67件である。",
        "市内公立学校全16校、希望する市内保育所・幼稚園等で臨床心理士による巡回相談を実施している。",
        "スクールカウンセラーは、市内公立学校全16校に配置し（小学5年生、中学1年生は全員面接）、6月、11月にアンケートを実施している。",
      ].join("\n"),
    );
  });
  it("keeps the last line, which has no trailing newline (196)", () => {
    const m = get(measures("priority"), "j4-5");
    expect(m.title).toBe("こども家庭センター事業");
    expect(m.years[0]?.result).toBe(
      "相談件数370件（うち虐待相談135件）の対応をした。\n親子の心の相談も含まれている。\nヤングケアラー支援 3世帯3人",
    );
    expect(m.source.lines).toEqual([196, 196]);
  });
  it("keeps inline ・ bullets and labels as printed on one line (182, 194)", () => {
    const m = measures("priority");
    expect(get(m, "j3-2").years[0]?.result).toBe(
      "・あきる野商工会を通じ、経営改善指導や事業者向けセミナーを実施した。 経営改善指導：641件、セミナー：106回",
    );
    expect(get(m, "j4-3").years[0]?.result).toContain("【事業実施状況】 集合型：94名");
  });
});

describe("cleanCell", () => {
  it("drops <b> and refuses other leftover tags", () => {
    expect(cleanCell("<b>①自殺対策</b>")).toBe("①自殺対策");
    expect(() => cleanCell("<span>x</span>")).toThrow(/unexpected HTML/u);
  });
});

describe("the whole source", () => {
  const file = buildPlanFile(
    ingester,
    SOURCE,
    NO_CURATION,
    JSON.parse(read("data/categories.json")),
    MUNICIPALITIES,
  );
  it("has 70 measures: 10/7/25/1/1/7 under 基本施策1–6 and 5/2/7/5 under 重点施策1–4", () => {
    expect(file.measures).toHaveLength(70);
    const per = new Map<string, number>();
    for (const m of file.measures) {
      const key = `${m.path[0]?.kind}${m.path[0]?.number}`;
      per.set(key, (per.get(key) ?? 0) + 1);
    }
    expect([...per.values()]).toEqual([10, 7, 25, 1, 1, 7, 5, 2, 7, 5]);
  });
  it("counts the same codes independently", () => {
    expect(countItems(SOURCE)).toEqual(file.measures.map((m) => m.code));
  });
  it("keeps the three 健康相談 rows apart, each with its own section", () => {
    const rows = file.measures.filter((m) => m.title === "健康相談").map((m) => m.code);
    expect(rows).toEqual(["3-2-5", "4-1-1", "5-1-1"]);
  });
  // docs/sources/akiruno.md#text-kept-as-printed
  it("keeps source typos and wording as printed", () => {
    const byCode = new Map(file.measures.map((m) => [m.code, m]));
    expect(byCode.get("3-1-6")?.title).toBe("るのキッズweb・るのキッズアプリ情報の提供"); // 65
    expect(byCode.get("3-1-6")?.description).toContain("るのキッズWeb・るのキッズアプリ");
    expect(byCode.get("3-2-1")?.description).toContain("人権の上相談"); // 69
    expect(byCode.get("j3-6")?.description).toMatch(/^ワークライフ・ライフ・バランス/u); // 186
    expect(byCode.get("j3-5")?.years[0]?.result).toContain("融資総額：244,000,000円"); // 185
    expect(byCode.get("3-2-6")?.years[0]?.result).toContain("パースデーサポートアンケート");
    expect(byCode.get("3-3-2")?.years[0]?.result).toContain("丁寧に関き取りを行い");
  });
  it("describes the plan as printed, with the as-of period", () => {
    expect(file.plan).toMatchObject({
      id: "suicide-prevention",
      municipality: "akiruno",
      title: "施策別事業進行管理表（令和7年度9月末まで）",
      fiscalYears: [2025],
      grades: [],
      source: { file: "003_914f02806d01f868.txt", publisher: null, date: null },
    });
    expect(file.plan.asOf).toMatch(/^令和7年9月末時点/u);
  });
  it("leaves no HTML in any value", () => {
    const all = JSON.stringify(file.measures);
    expect(all).not.toMatch(/<\/?(?:b|ul|li)\b/u);
  });
  it("has every measure on lines of the source", () => {
    const lines = SOURCE.split("\n");
    expect(lines).toHaveLength(196);
    for (const m of file.measures) expect(lines[m.source.lines[0] - 1]).toContain(m.title);
  });
});

describe("readRows errors", () => {
  it("refuses a section number that skips one", () => {
    expect(() => readRows(place("network", "broken-out").split("\n"))).toThrow(
      /line 88: 基本施策 4 follows 基本施策 1/u,
    );
  });
  it("refuses a tab-less row cut short", () => {
    const lines = place("broken-out").split("\n");
    lines[111] = ""; // drop line 112, the progress of 基本施策4's row
    expect(() => readRows(lines)).toThrow(/line 114: a row without tabs has 3 of its 4 lines/u);
  });
});
