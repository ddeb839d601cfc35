/**
 * 練馬区 戦略計画1「家庭での子育てを応援」, 平成30年度 - 平成31年度の取組 (004_caae4ee036b110b1.txt).
 * One printed page, 事業 1-1 … 1-3. Each item's table text comes before its `No. 1-x` line and
 * several cells are out of place, so the 事業 are curated records in
 * data/curation/004_caae4ee036b110b1.json, proven against the lines they cite.
 */
import type { CurationFile } from "../../../src/schemas/curation.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import {
  buildMeasure,
  readRecords,
  type SourceContext,
} from "../nerima-strategic/build-measure.ts";
import type { SourceIngester } from "../types.ts";

const FILE = "004_caae4ee036b110b1.txt";
const MUNICIPALITY = "nerima";
const PLAN_ID = "strategic-2018";
/** As printed: the plan label (lines 56-59) and the section banner (line 78). */
const TITLE = "戦略計画1　家庭での子育てを応援　平成30年度 - 平成31年度の取組";

const COVERAGE: readonly string[] = [
  "この資料は、練馬区の戦略計画1「家庭での子育てを応援」の３事業（1-1～1-3）について、平成26年度末（ビジョン策定時点）と平成29年度末（前期計画終了時）の現況、平成30年度・平成31年度の取組計画、平成31年度目標、計と事業費を載せています。",
  "抽出されたテキストでは表のセルの順序が崩れているため、各セルは人が出典の行を確かめて配置しました。配置を決められなかったセルは「不明」とし、どのセルかとその理由を事業ごとの注記に書いています。",
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
      copies: [],
      commonNotes: [],
    };
    const records = readRecords(curation.records, "data/curation/004_caae4ee036b110b1.json");
    return {
      plan: {
        id: PLAN_ID,
        municipality: MUNICIPALITY,
        title: TITLE,
        kind: "strategic",
        fiscalYears: [2018, 2019],
        grades: [],
        source: { file: FILE, title: TITLE, publisher: null, date: null },
        asOf: "平成26年度末・平成29年度末の現況と、平成30年度・平成31年度の計画",
        coverage: [...COVERAGE],
      },
      measures: records.map((record) => buildMeasure(ctx, record)),
      excluded: [],
    };
  },
};

export { countItems } from "../counters/nerima-strategic.ts";
