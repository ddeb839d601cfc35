import { MUNICIPALITIES } from "../../../tests/fixtures/municipalities.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CurationFileSchema } from "../../../src/schemas/curation.ts";
import type { Measure } from "../../../src/schemas/measure.ts";
import { SourceManifestSchema } from "../../../src/schemas/source.ts";
import { checkMeasureProvenance } from "../../check/provenance.ts";
import { findPageCopies } from "../nerima-strategic/dedupe-pages.ts";
import { buildPlanFile } from "../pipeline.ts";
import { NO_BUDGET_NOTE, countItems, ingester } from "./nerima-strategic-2024.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const text = read("data/sources/001_c1b66bdeafbb3a2a.txt");
const lines = text.split("\n");
const curation = CurationFileSchema.parse(
  JSON.parse(read("data/curation/001_c1b66bdeafbb3a2a.json")),
);
const file = buildPlanFile(
  ingester,
  text,
  curation,
  JSON.parse(read("data/categories.json")),
  MUNICIPALITIES,
);
const measure = (code: string): Measure => {
  const m = file.measures.find((x) => x.code === code);
  if (!m) throw new Error(`no measure ${code}`);
  return m;
};
/** A row's cells as [現況, R6, R7, R8, 目標, 計]. */
const row = (code: string, i: number): (string | null)[] =>
  (measure(code).indicators[i]?.values ?? []).map((v) => v.value);

describe("countItems", () => {
  it("returns the 34 printed codes in print order, page copies dropped", () => {
    expect(countItems(text)).toEqual([
      ...["7-1", "7-2", "7-3", "7-4", "7-5", "7-6", "7-7", "7-8", "7-9", "7-10", "7-11", "5-9"],
      ...["7-13", "7-12", "8-1", "8-2", "8-3", "8-4", "2-2", "4-15", "9-1", "9-2", "9-3", "9-4"],
      ...["10-1", "10-2", "10-4", "10-3", "10-5", "11-1", "11-2", "11-4", "11-3", "11-5"],
    ]);
  });

  it("equals the measures' codes (completeness)", () => {
    expect(file.measures.map((m) => m.code).sort()).toEqual([...countItems(text)].sort());
    expect(file.excluded).toEqual([]);
  });
});

describe("plan", () => {
  it("is the strategic plan of FY2024–2026 with its printed title", () => {
    expect(file.plan).toMatchObject({
      id: "strategic-2024",
      municipality: "nerima",
      kind: "strategic",
      fiscalYears: [2024, 2025, 2026],
      grades: [],
      title:
        "施策の柱３　安心を支える福祉と医療のまち　戦略計画7～11　令和６年度～令和８年度の取組",
    });
    expect(file.plan.coverage.length).toBeGreaterThan(0);
  });
});

describe("measures: every value is proven against its source lines", () => {
  const manifest = SourceManifestSchema.parse(JSON.parse(read("data/sources/manifest.json")));
  const entry = manifest.sources.find((s) => s.file === ingester.file);
  const source = { file: ingester.file, text, lines, debris: new Set(entry?.debrisLines ?? []) };

  it.each(file.measures.map((m) => [m.code, m] as const))("%s", (_code, m) => {
    expect(checkMeasureProvenance(m, source, m.code)).toEqual([]);
  });

  it("cites no line of a duplicated page copy", () => {
    const copies = findPageCopies(lines);
    for (const m of file.measures) {
      for (const [from, to] of [m.source.lines, ...Object.values(m.fieldLines)]) {
        for (const { copy } of copies) expect(from > copy[1] || to < copy[0], m.code).toBe(true);
      }
    }
  });
});

describe("title and path", () => {
  it("uses the (n) sub-heading as title, under 施策の柱 › 戦略計画 › 見出し (7-1)", () => {
    expect(measure("7-1").title).toBe("住まいの確保");
    expect(measure("7-1").path).toEqual([
      { kind: "施策の柱", number: "3", title: "安心を支える福祉と医療のまち" },
      { kind: "戦略計画", number: "7", title: "障害者が地域で暮らし続けられる基盤の整備" },
      { kind: "見出し", number: "1", title: "重度障害者への支援の充実" },
      { kind: "小見出し", number: "1", title: "住まいの確保" },
    ]);
  });

  it("uses the numbered heading when there is no sub-heading (7-9, 10-3)", () => {
    expect(measure("7-9").title).toBe("就労支援の充実");
    expect(measure("7-9").path).toHaveLength(3);
    expect(measure("10-3").path[1]).toEqual({
      kind: "戦略計画",
      number: "10",
      title: "安心して医療が受けられる体制の整備",
    });
  });

  it("drops ※1 and 【再掲】 from repost headings (5-9, 2-2)", () => {
    expect(measure("5-9").title).toBe("介護人材の確保・育成・定着");
    expect(measure("2-2").title).toBe("児童相談体制「練馬区モデル」の強化");
  });

  it("places headings printed out of order ((2) before (1), ４ before ３)", () => {
    expect(measure("7-4").path[3]).toMatchObject({
      number: "1",
      title: "医療的ケアが必要な障害者の通いの場の充実",
    });
    expect(measure("7-5").path[3]).toMatchObject({ number: "2" });
    expect(measure("10-3").title).toBe("新たな病院整備の検討");
    expect(measure("10-4").title).toBe("在宅医療提供体制の充実");
  });
});

describe("starred", () => {
  it("is set exactly where ★ is printed on the item's heading", () => {
    expect(file.measures.filter((m) => m.starred).map((m) => m.code)).toEqual([
      "7-6",
      "7-8",
      "7-12",
      "8-4",
      "9-1",
      "9-2",
      "9-3",
      "9-4",
    ]);
  });
});

describe("departments and division", () => {
  it("splits 課 on 、 and keeps the 部 in division (7-8)", () => {
    expect(measure("7-8")).toMatchObject({
      departments: ["障害者施策推進課", "障害者サービス調整担当課"],
      division: "福祉部",
    });
  });

  it("keeps one 部 per printed line (11-2, 10-1)", () => {
    expect(measure("11-2").division).toBe("区民部\n健康部");
    expect(measure("11-2").departments).toEqual(["国保年金課", "健康推進課", "保健相談所"]);
    expect(measure("10-1").departments).toEqual([
      "医療環境整備課",
      "障害者施策推進課",
      "高齢社会対策課",
      "介護保険課",
    ]);
  });

  it("keeps a line without a 課 split as printed (4-15)", () => {
    expect(measure("4-15").departments.at(-1)).toBe(
      "福祉部、高齢施策担当部、健康部、こども家庭部内の支援を実施する課",
    );
  });

  it("says on the page how a department was assigned when a page prints two", () => {
    for (const code of ["7-7", "7-8", "7-12", "7-13", "8-3", "8-4", "9-2", "9-3", "10-1", "10-2"]) {
      expect(
        measure(code).notes.some((n) => n.startsWith("このページには事業実施課が２つ")),
        code,
      ).toBe(true);
    }
  });
});

describe("description", () => {
  it("keeps an inline footnote mark in the sentence (7-3)", () => {
    expect(measure("7-3").description).toContain("共生型サービス※１を活用したショートステイ");
  });

  it("keeps a line break before ①②… and joins wrapped lines (7-2)", () => {
    expect(
      measure("7-2")
        .description?.split("\n")
        .map((p) => p.slice(0, 3)),
    ).toEqual(["障害者", "①障害", "②重度"]);
  });

  it("does not restore words the extraction dropped, and notes the gap (7-10, 8-2, 10-5, 11-5)", () => {
    expect(measure("7-10").description).toContain("制定しました。を活用した相談窓口の充実");
    expect(measure("8-2").description).toContain("生活保護制度に関する チャットボット");
    expect(measure("11-5").description?.startsWith("法人と連携した相談支援や、 やアプリ等")).toBe(
      true,
    );
    for (const code of ["7-10", "8-1", "8-2", "2-2", "10-4", "10-5", "11-5"]) {
      expect(
        measure(code).notes.some((n) => n.includes("抜け落ちています")),
        code,
      ).toBe(true);
    }
  });
});

describe("indicators", () => {
  it("has one row per printed indicator row (79; the row of 10-1/10-2 that cannot be placed is in a note)", () => {
    expect(file.measures.reduce((n, m) => n + m.indicators.length, 0)).toBe(79);
  });

  it("reads 現況 FY2023, plans FY2024–2026, target FY2026 and 計 (7-11)", () => {
    expect(measure("7-11").indicators[0]).toEqual({
      name: "障害児一時預かり事業の実施",
      values: [
        { kind: "baseline", fiscalYear: 2023, value: "実施(利用者数延800人)" },
        { kind: "plan", fiscalYear: 2024, value: "実施（利用者数延900人）" },
        { kind: "plan", fiscalYear: 2025, value: "実施（利用者数延950人）" },
        { kind: "plan", fiscalYear: 2026, value: "実施（利用者数延1,000人）" },
        { kind: "target", fiscalYear: 2026, value: "利用者数延1,000人" },
        { kind: "total", fiscalYear: null, value: "実施（利用者数延1,000人）" },
      ],
    });
  });

  it("splits a target printed after an ideographic space from the label (11-5)", () => {
    expect(measure("11-5").indicators[1]?.name).toBe("ゲートキーパー養成講座の実施");
    expect(row("11-5", 1)).toEqual([
      ...Array<string>(4).fill("実施（年間７回、350人）"),
      "計21回実施、延1,050人",
      "実施（計21回、延1,050人）",
    ]);
  });

  it("uses the label as the target where the 目標 column holds only the label (8-1)", () => {
    expect(row("8-1", 0)).toEqual([
      "検討",
      "開始",
      "実施",
      "実施",
      "離婚前後親支援講座の実施",
      "実施",
    ]);
  });

  it("rebuilds cells interleaved across lines (11-5 メンタルヘルスケア講座, 2313–2325)", () => {
    expect(row("11-5", 2)).toEqual([
      "―",
      "開始（年間30人）",
      "実施（年間30人）",
      "実施（年間30人）",
      "延90人",
      "実施（延90人）",
    ]);
  });

  it("keeps a bullet cell as a list and stacked entries on separate lines (11-5, 7-1)", () => {
    expect(row("11-5", 3)[0]).toBe("・LINE等を活用した相談窓口の周知\n・コラムの掲載");
    expect(row("7-1", 0)).toEqual([
      "旧石神井町福祉園除却工事\n関係機関調整・設計",
      "設計\n工事",
      "工事\n開設",
      "－",
      "旧石神井町福祉園用地での重度障害者グループホーム等の開設",
      "開設",
    ]);
  });

  it("keeps the label that lost ACP as printed, with a note (10-4)", () => {
    expect(measure("10-4").indicators[1]?.name).toBe("※１の普及啓発");
    expect(measure("10-4").notes.some((n) => n.includes("ACP"))).toBe(true);
  });

  it("adds up where the print adds up (7-9 農福 43+3=46, 11-5 7×3=21 and 350×3=1,050, 30×3=90)", () => {
    const [base, , , , target, total] = row("7-9", 5);
    expect([base, target, total]).toEqual(["計43件", "計46件", "３件"]);
    expect(43 + 3).toBe(46);
    expect(row("11-5", 1)[0]).toContain("年間７回、350人");
    expect(row("11-5", 1)[5]).toContain("計21回、延1,050人");
    expect(row("11-5", 2)[5]).toBe("実施（延90人）");
  });

  it("reads the 7-4 定員 row right to left: 30 → 31 → 32", () => {
    expect(row("7-4", 2).slice(0, 3)).toEqual([
      "定員30名",
      "定員31名（１か所拡大）",
      "定員32名（１か所拡大）",
    ]);
  });
});

describe("unknown cells", () => {
  const unknown = file.measures.flatMap((m) =>
    m.indicators.flatMap((ind) => {
      const cells = ind.values
        .filter((v) => v.value === null)
        .map((v) => `${v.kind}:${v.fiscalYear ?? "計"}`);
      return cells.length > 0 ? [[m.code, ind.name, cells] as const] : [];
    }),
  );
  const all = ["baseline:2023", "plan:2024", "plan:2025", "plan:2026", "total:計"];

  it("are exactly the cells the layout cannot place (59 cells in 17 rows)", () => {
    expect(unknown).toEqual([
      ["7-4", "三原台二丁目用地での多機能型施設の誘致", ["total:計"]],
      ["7-4", "関町福祉園用地での生活介護事業所等の誘致", all],
      ["7-4", "重症心身障害者の通所定員の拡大", ["plan:2026", "total:計"]],
      ["7-5", "医療型ショートステイ※1の拡大", all],
      ["7-10", "遠隔手話通訳設置場所の拡大", all],
      ["7-10", "条例紹介動画の作成・手話言語の普及啓発", all],
      ["2-2", "専門職員等の増員", ["baseline:2023", "target:2026"]],
      ["2-2", "支援プログラムの充実", all],
      ["2-2", "子どもショートステイの充実", ["plan:2024", "plan:2025", "plan:2026"]],
      ["9-1", "①「つながるカレッジねりま（福祉分野）」の実施", all],
      ["9-1", "体験教室の充実", all],
      ["9-1", "講座の充実", all],
      ["9-2", "①アウトリーチ型の支援体制の強化", ["plan:2024", "plan:2025", "plan:2026"]],
      ["10-5", "練馬区感染症ネットワーク会議の開催", ["baseline:2023", "total:計"]],
      ["11-2", "受診率向上に向けたがん検診等案内の工夫", ["baseline:2023", "plan:2026"]],
      ["11-4", "①ウィッグ等購入費用の助成", ["baseline:2023", "plan:2024"]],
      ["11-4", "②がん患者等支援連絡会の開催", ["baseline:2023", "plan:2024"]],
    ]);
    expect(unknown.reduce((n, [, , cells]) => n + cells.length, 0)).toBe(59);
  });

  it("each has a note on the page naming its row", () => {
    for (const [code, name] of unknown) {
      expect(
        measure(code).notes.some((n) => n.includes(`「${name}」`)),
        `${code} ${name}`,
      ).toBe(true);
    }
  });
});

describe("budget", () => {
  it("is empty for every measure, with the note that no figures are printed", () => {
    for (const m of file.measures) {
      expect(m.budget, m.code).toEqual([]);
      expect(m.notes, m.code).toContain(NO_BUDGET_NOTE);
    }
  });

  it("does not take the bare page number 44 after 事業費（百万円） for a budget (321–323)", () => {
    expect(lines[320]).toBe("事業費（百万円）");
    expect(lines[322]).toBe("44");
    expect(measure("7-4").budget).toEqual([]);
  });
});

describe("reposts", () => {
  it("are the three whole items printed from other plans, with their printed codes", () => {
    expect(
      file.measures
        .filter((m) => m.repostOf !== null || m.repostOfCode !== null)
        .map((m) => [m.code, m.repostOf, m.repostOfCode]),
    ).toEqual([
      ["5-9", null, "5-9"],
      ["2-2", null, "2-2"],
      ["4-15", null, "4-15"],
    ]);
  });

  it("say on the page which plan the original belongs to", () => {
    expect(measure("5-9").notes[0]).toContain("戦略計画５の事業No.５－９の再掲");
    expect(measure("2-2").notes[0]).toContain("戦略計画２の事業No.2－2の再掲");
    expect(measure("4-15").notes[0]).toContain("戦略計画４の事業No.４－15の再掲");
  });

  it("note the reposted rows inside an item (7-1's row in 7-2, 5-1's row in 9-1)", () => {
    expect(measure("7-2").indicators[1]?.name).toBe("旧石神井町福祉園用地での開設");
    expect(measure("7-2").notes.some((n) => n.includes("事業7-1の再掲"))).toBe(true);
    expect(measure("9-1").notes.some((n) => n.includes("事業No.5－1の再掲"))).toBe(true);
    expect(row("9-1", 1).slice(0, 2)).toEqual(["２人体制\n４地区", "27人体制\n27地区"]);
  });

  it("9-2 is numbered from the heading order; its № line lost the number", () => {
    expect(measure("9-2").title).toBe("重層的な支援体制の強化");
    expect(lines[1638]).toBe("№№  99  -- 年度別の取組計画");
  });
});
