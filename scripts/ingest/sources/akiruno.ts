/**
 * あきる野市 施策別事業進行管理表（令和7年度9月末まで）, 003_914f02806d01f868.txt.
 * 70 取組項目: 基本施策1–6 (51 rows under ①②③ sub-headings) and 重点施策1–4 (19 rows), one
 * FY2025 snapshot up to the end of September. Row layout rules live in ../akiruno/rows.ts.
 */
import type { CurationFile } from "../../../src/schemas/curation.ts";
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import { readRows, type Row } from "../akiruno/rows.ts";
import type { SourceIngester } from "../types.ts";

const FILE = "003_914f02806d01f868.txt";
const MUNICIPALITY = "akiruno";
const PLAN_ID = "suicide-prevention";
const TITLE = "施策別事業進行管理表（令和7年度9月末まで）";

const COVERAGE: readonly string[] = [
  "この資料はあきる野市の自殺対策の取組70項目（基本施策1～6の51項目、重点施策1～4の19項目）について、担当課・内容と令和7年度9月末までの取組進捗状況を載せています。",
  "達成度・評価・計画書のページ・担当部の欄はなく、取組に番号もありません。ここでの番号（例: 1-1-3、j2-1）は、施策・見出し・行の順から付けたものです。",
  "基本施策4・5・6の名称は、本文の見出しと表の見出しで表記が異なります（例: 見出し「自殺未遂者への支援の充実」、表「自殺未遂者等への支援の充実」）。ここでは表の見出しの表記を使っています。",
  "同じ名称の取組（健康相談、地域イキイキ元気づくり事業、めざせ健康あきる野21）は、施策ごとに内容と進捗が別に書かれているため、別の取組として載せています。",
];

/** "1-1-3" for 基本施策1 ① row 3; "j2-1" for 重点施策2 row 1 (no sub-headings there). */
export function rowCode(row: Pick<Row, "section" | "sub" | "ordinal">): string {
  if (row.section.kind === "重点施策") return `j${row.section.number}-${row.ordinal}`;
  if (!row.sub)
    throw new Error(`基本施策${row.section.number}: row ${row.ordinal} has no sub-heading`);
  return `${row.section.number}-${row.sub.index}-${row.ordinal}`;
}

function toMeasure(row: Row): MeasureInput {
  const code = rowCode(row);
  const { lines } = row;
  const first = Math.min(lines.title, lines.departments, lines.content, lines.progress);
  const last = Math.max(lines.title, lines.departments, lines.content, lines.progress);
  const fieldLines: Record<string, [number, number]> = {
    "path.0.title": [row.section.line, row.section.line],
  };
  if (row.sub) fieldLines["path.1.title"] = [row.sub.line, row.sub.line];
  if (first !== last) {
    // A row that left tab form (106–112, 163–169, 171–177): each cell has its own line.
    fieldLines["title"] = [lines.title, lines.title];
    fieldLines["departments"] = [lines.departments, lines.departments];
    fieldLines["description"] = [lines.content, lines.content];
    fieldLines["years.0.result"] = [lines.progress, lines.progress];
  }
  return {
    id: `${MUNICIPALITY}/${PLAN_ID}/${code}`,
    url: `/${MUNICIPALITY}/${PLAN_ID}/${code}/`,
    municipality: MUNICIPALITY,
    plan: PLAN_ID,
    code,
    title: row.title,
    path: [
      { kind: row.section.kind, number: row.section.number, title: row.section.title },
      ...(row.sub ? [{ kind: "見出し", number: row.sub.mark, title: row.sub.title }] : []),
    ],
    category: null,
    departments: row.departments,
    division: null,
    description: row.content,
    goal: null,
    planPage: null,
    subLetter: null,
    // The table prints no numbers: the code is section, sub-section and row order.
    codeAssigned: true,
    starred: false,
    repostOf: null,
    repostOfCode: null,
    years: [
      {
        fiscalYear: 2025,
        status: "interim",
        result: row.progress,
        grade: null,
        gradesBySection: null,
        achievement: null,
        assessment: null,
        nextPlan: null,
      },
    ],
    indicators: [],
    budget: [],
    source: { file: FILE, lines: [first, last] },
    fieldLines,
    curatedFields: [],
    notes: [],
  };
}

/** Every row of `text` as a measure (the whole source, or excerpts placed at their own lines). */
export function buildMeasures(text: string): MeasureInput[] {
  // split("\n") keeps line 196, which has no trailing newline.
  return readRows(text.split("\n")).map(toMeasure);
}

function parse(text: string, _curation: CurationFile): PlanFileInput {
  const lines = text.split("\n");
  if ((lines[2] ?? "").trim() !== `# ${TITLE}`) throw new Error(`${FILE}: line 3 is not the title`);
  return {
    plan: {
      id: PLAN_ID,
      municipality: MUNICIPALITY,
      title: TITLE,
      kind: "suicide-prevention",
      fiscalYears: [2025],
      grades: [],
      source: { file: FILE, title: TITLE, publisher: null, date: null },
      asOf: "令和7年9月末時点（2025年9月末）。取組進捗状況には9月末までの実績と、それ以降の予定が混在しています。",
      coverage: [...COVERAGE],
    },
    measures: buildMeasures(text),
    excluded: [],
  };
}

export const ingester: SourceIngester = {
  file: FILE,
  municipality: MUNICIPALITY,
  planId: PLAN_ID,
  parse,
};

export { countItems } from "../counters/akiruno.ts";
