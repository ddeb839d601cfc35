/**
 * 練馬区 施策の柱３「安心を支える福祉と医療のまち」戦略計画7～11, 令和６年度～令和８年度の取組
 * (001_c1b66bdeafbb3a2a.txt). The extraction scrambled the tables, so every 事業 is a curated
 * record in data/curation/001_c1b66bdeafbb3a2a.json; code only decodes № lines, drops the 12
 * duplicated page copies and re-reads headings and 事業実施課 lines to prove the records.
 */
import type { CurationFile } from "../../../src/schemas/curation.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import {
  buildMeasure,
  readRecords,
  type SourceContext,
} from "../nerima-strategic/build-measure.ts";
import { findPageCopies } from "../nerima-strategic/dedupe-pages.ts";
import type { SourceIngester } from "../types.ts";

const FILE = "001_c1b66bdeafbb3a2a.txt";
const MUNICIPALITY = "nerima";
const PLAN_ID = "strategic-2024";
/** As printed: the cover (lines 4, 6), the plans it holds and the page banner (line 7). */
const TITLE =
  "施策の柱３　安心を支える福祉と医療のまち　戦略計画7～11　令和６年度～令和８年度の取組";

/** Every 事業費（百万円） cell of this source is empty (docs/sources/nerima-strategic-plans.md#budgets). */
export const NO_BUDGET_NOTE = "この資料には事業費の数値が印刷されていません。";

const COVERAGE: readonly string[] = [
  "この資料は、練馬区の施策の柱３「安心を支える福祉と医療のまち」の戦略計画7～11について、事業ごとに令和５年度末の現況、令和６年度～令和８年度の取組計画、令和８年度目標と計を載せています。",
  "戦略計画7～11の31事業に加え、この資料に再掲されているほかの戦略計画の３事業（5-9、2-2、4-15）を載せています。元の戦略計画2・4・5はこのサイトでは公開していません。",
  "事業費（百万円）の欄には数値が印刷されていないため、事業費は載せていません。",
  "抽出されたテキストでは表のセルの順序が崩れているため、各セルは人が出典の行を確かめて配置しました。配置を決められなかったセルは「不明」とし、どのセルかとその理由を事業ごとの注記に書いています。",
  "抽出の際に本文から英字の語（ICT、AIなど）が抜け落ちた箇所があります。補わずに印刷のとおり載せ、注記で示しています。",
  "同じページが２回ずつ含まれている部分（12ページ分）は、１回分だけを使っています。★印の意味はこの資料には書かれていません。",
];

export const ingester: SourceIngester = {
  file: FILE,
  municipality: MUNICIPALITY,
  planId: PLAN_ID,
  parse(text: string, curation: CurationFile): PlanFileInput {
    const lines = text.split("\n");
    const ctx: SourceContext = {
      file: FILE,
      municipality: MUNICIPALITY,
      planId: PLAN_ID,
      lines,
      copies: findPageCopies(lines),
      commonNotes: [NO_BUDGET_NOTE],
    };
    const records = readRecords(curation.records, "data/curation/001_c1b66bdeafbb3a2a.json");
    return {
      plan: {
        id: PLAN_ID,
        municipality: MUNICIPALITY,
        title: TITLE,
        kind: "strategic",
        fiscalYears: [2024, 2025, 2026],
        grades: [],
        source: { file: FILE, title: TITLE, publisher: null, date: null },
        asOf: "令和５年度末の現況と、令和６年度～令和８年度の計画",
        coverage: [...COVERAGE],
      },
      measures: records.map((record) => buildMeasure(ctx, record)),
      excluded: [],
    };
  },
};

export { countItems } from "../counters/nerima-strategic.ts";
