/**
 * 練馬区自殺対策計画〔第１次〕の取組状況詳細（平成31年度～令和５年度）, 000_7f5aa4348ad65687.txt.
 * 93 measures, each with FY2019–FY2023 実績・評価・進捗状況 and the 令和６年度予定 column.
 * Layout rules live in ../nerima-suicide/; cells the layout does not delimit are curated in
 * data/curation/000_7f5aa4348ad65687.json.
 */
import type { CurationFile } from "../../../src/schemas/curation.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import { DOCUMENT_TITLE, GRADE_LEGEND, splitLines } from "../nerima-suicide/layout.ts";
import {
  buildMeasures,
  columnWidth,
  FISCAL_YEARS,
  MUNICIPALITY,
  PLAN_ID,
} from "../nerima-suicide/measures.ts";
import { joinColumnLines } from "../column-lines.ts";
import type { SourceIngester } from "../types.ts";

const FILE = "000_7f5aa4348ad65687.txt";

/** What the plan page says about what this report leaves out (docs/sources/nerima-suicide-plan.md#numbering-gaps). */
const COVERAGE: readonly string[] = [
  "この資料は練馬区自殺対策計画〔第１次〕の93の取組について、平成31（令和元）年度から令和５年度までの実績・評価・進捗状況と令和６年度予定を載せています。",
  "評価は各担当課による自己評価です（A＋：計画以上に進んだ、A：概ね計画どおり、B：遅れや修正が生じた）。",
  "重点施策（1）③の取組は記号「ウ」から始まり（No.48）、「ア」「イ」がありません。",
  "重点施策（4）②の取組は記号「イ」から始まり（No.85）、「ア」がありません。",
  "重点施策（5）の見出しは①の次が④で、②・③がありません。",
  "これらの欠番は、他の施策の再掲にあたる取組をこの資料に載せていないためと考えられます（資料中に「再掲」の記載はありません）。",
];

function parse(text: string, curation: CurationFile): PlanFileInput {
  const lines = splitLines(text);
  if ((lines[1] ?? "").trim() !== DOCUMENT_TITLE || (lines[2] ?? "").trim() !== GRADE_LEGEND) {
    throw new Error(`${FILE}: lines 2–3 are not the expected title and grade legend`);
  }
  return {
    plan: {
      id: PLAN_ID,
      municipality: MUNICIPALITY,
      title: "練馬区自殺対策計画〔第１次〕",
      kind: "suicide-prevention",
      fiscalYears: [...FISCAL_YEARS],
      grades: [
        { grade: "A+", printed: "A＋", meaning: "計画以上に進んだ" },
        { grade: "A", printed: "A", meaning: "概ね計画どおり" },
        { grade: "B", printed: "B", meaning: "遅れや修正が生じた" },
      ],
      source: { file: FILE, title: DOCUMENT_TITLE, publisher: "練馬区健康部", date: "2025-01-28" },
      asOf: null,
      coverage: [...COVERAGE],
    },
    measures: buildMeasures(lines, FILE, curation),
    excluded: [],
  };
}

export const ingester: SourceIngester = {
  file: FILE,
  municipality: MUNICIPALITY,
  planId: PLAN_ID,
  parse,
  // A curation entry that omits its value gets the cited lines joined by the parser's own rule.
  joinCell: (lines, patch) => joinColumnLines(lines, columnWidth(patch.field ?? "")),
};

export { countItems } from "../counters/nerima-suicide.ts";
