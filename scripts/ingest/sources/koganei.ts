/**
 * 小金井市 自殺対策計画進捗確認シート, 002_7f059ffc7f93b1c5.txt: 54 measures of 基本施策1–4,
 * each with FY2020 and FY2021 実施状況・担当課の評価・達成度・今後の実施計画. Header layout in
 * ../koganei/layout.ts, body cells in ../koganei/cells.ts; cells with no visible boundary are
 * placed by data/curation/002_7f059ffc7f93b1c5.json.
 */
import type { CurationFile } from "../../../src/schemas/curation.ts";
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import { CELL_FIELDS, readCells, type Cell } from "../koganei/cells.ts";
import { cleanLines, readHeaders, type LineSpan, type MeasureHeader } from "../koganei/layout.ts";
import type { SourceIngester } from "../types.ts";

const FILE = "002_7f059ffc7f93b1c5.txt";
const MUNICIPALITY = "koganei";
const PLAN_ID = "suicide-prevention";
/** As printed in the page footer (line 1573), without the template stamp `_20210326版`. */
const TITLE = "自殺対策計画進捗確認シート";
const FISCAL_YEARS = [2020, 2021] as const;

const COVERAGE: readonly string[] = [
  "この資料は小金井市自殺対策計画の基本施策1～4の54の取組について、令和2年度・令和3年度の実施状況、担当課の評価、達成度、今後の実施計画を載せています。",
  "資料は基本施策４（３）の13「就学援助費支給事業」（計画書P.42）で終わります。計画にこれ以外の施策があるとしても、この資料には含まれていません。",
  "表には「再掲」の欄がありますが、すべての取組で空欄です。",
  "達成度は各担当課の記入のとおりで、割合（％）のほか「実施」「未実施」や件数などの記入があります。",
  "取組の内容を説明する欄はなく、「実施内容」欄の取組名を名称として載せています。",
];

/**
 * Readings the rules make by themselves but a reader should know about: 2-1-4 prints the
 * evaluation and the 達成度 on one line (463, 471), two words for two cells, read in column order.
 */
const READING_NOTES: Readonly<Record<string, string>> = {
  "2-1-4":
    "評価欄と達成度欄が同じ行に「－ 未実施」と印字されており、「－」を担当課の評価、「未実施」を達成度としています。",
};

const span = (s: LineSpan): [number, number] => [s.from, s.to];

/** Curated cells of one measure: `${year}.${field}` → the lines the patch cites. */
function curatedCells(curation: CurationFile, code: string): Map<string, [number, number]> {
  const cells = new Map<string, [number, number]>();
  for (const p of curation.patches) {
    const y = FISCAL_YEARS.indexOf(p.fiscalYear as (typeof FISCAL_YEARS)[number]);
    if (p.measure === code && y >= 0 && p.field && p.lines) cells.set(`${y}.${p.field}`, p.lines);
  }
  return cells;
}

function toMeasure(
  h: MeasureHeader,
  lines: readonly string[],
  raw: readonly string[],
  curation: CurationFile,
): MeasureInput {
  const code = `${h.policy.number}-${h.sub.number}-${h.number}`;
  const where = `${FILE} measure ${code} (lines ${h.header.from}–${h.end})`;
  const cells = readCells(
    { line: h.bodyStart.line, text: h.bodyStart.tail },
    lines,
    raw,
    h.bodyStart.line + 1,
    h.end,
    curatedCells(curation, code),
    where,
  );
  const fieldLines: Record<string, [number, number]> = {
    "path.0.title": [h.policy.line, h.policy.line],
    "path.1.title": span(h.header),
    title: span(h.header),
    planPage: [h.header.to, h.header.to],
    division: span(h.divisionLines),
    departments: span(h.sectionLines),
  };
  let last = h.sectionLines.to;
  cells.forEach((year, y) =>
    year.forEach((cell, f) => {
      if (!cell.lines) return;
      if (!cell.curated) fieldLines[`years.${y}.${CELL_FIELDS[f]}`] = cell.lines;
      last = Math.max(last, cell.lines[1]);
    }),
  );
  const text = (c: Cell | undefined): string | null => c?.text ?? null;
  return {
    id: `${MUNICIPALITY}/${PLAN_ID}/${code}`,
    url: `/${MUNICIPALITY}/${PLAN_ID}/${code}/`,
    municipality: MUNICIPALITY,
    plan: PLAN_ID,
    code,
    title: h.title,
    path: [
      { kind: "基本施策", number: h.policy.number, title: h.policy.title },
      { kind: "見出し", number: h.sub.number, title: h.sub.title },
    ],
    category: null,
    departments: h.sections,
    division: h.division,
    // The sheet has no content column: 実施内容 is the numbered title itself (docs/sources/koganei.md#columns).
    description: null,
    goal: null,
    planPage: h.page,
    subLetter: null,
    starred: false,
    // The 再掲 column is empty for every measure (docs/sources/koganei.md#columns).
    repostOf: null,
    repostOfCode: null,
    years: cells.map((year, y) => ({
      fiscalYear: FISCAL_YEARS[y] ?? 2020,
      status: "actual" as const,
      result: text(year[0]),
      grade: null,
      gradesBySection: null,
      achievement: text(year[2]),
      assessment: text(year[1]),
      nextPlan: text(year[3]),
    })),
    indicators: [],
    budget: [],
    source: { file: FILE, lines: [h.header.from, last] },
    fieldLines,
    curatedFields: [],
    notes: READING_NOTES[code] ? [READING_NOTES[code]] : [],
  };
}

/** Codes must run 1, 2, 3 … within each sub-policy and sub-policies （１）, （２） … per 基本施策. */
function checkNumbering(measures: readonly MeasureInput[]): void {
  let previous = [0, 0, 0];
  for (const m of measures) {
    const [n, s, k] = m.code.split("-").map(Number) as [number, number, number];
    const [pn, ps, pk] = previous as [number, number, number];
    const ok =
      (n === pn && s === ps && k === pk + 1) ||
      (n === pn && s === ps + 1 && k === 1) ||
      (n === pn + 1 && s === 1 && k === 1);
    if (!ok)
      throw new Error(
        `${FILE}: measure ${m.code} follows ${previous.join("-")}: a gap or a repeat`,
      );
    previous = [n, s, k];
  }
}

/** Every measure of `text` (the whole source, or excerpts placed at their own line numbers). */
export function buildMeasures(text: string, curation: CurationFile): MeasureInput[] {
  const raw = text.split("\n");
  const lines = cleanLines(raw);
  return readHeaders(raw).map((h) => toMeasure(h, lines, raw, curation));
}

function parse(text: string, curation: CurationFile): PlanFileInput {
  const measures = buildMeasures(text, curation);
  checkNumbering(measures);
  return {
    plan: {
      id: PLAN_ID,
      municipality: MUNICIPALITY,
      title: TITLE,
      kind: "suicide-prevention",
      fiscalYears: [...FISCAL_YEARS],
      grades: [],
      source: { file: FILE, title: TITLE, publisher: null, date: null },
      asOf: "令和2年度（2020年度）と令和3年度（2021年度）の実施状況と評価です。資料に作成日は書かれていません。各ページの下に「_20210326版」（2021年3月26日版）と印刷されていますが、この日付は資料に実績が載っている令和3年度（2021年4月～2022年3月）より前なので、このサイトでは資料の作成日として扱っていません。",
      coverage: [...COVERAGE],
    },
    measures,
    excluded: [],
  };
}

export const ingester: SourceIngester = {
  file: FILE,
  municipality: MUNICIPALITY,
  planId: PLAN_ID,
  parse,
};

export { countItems } from "../counters/koganei.ts";
