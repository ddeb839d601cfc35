/**
 * Builds the published measure records of 練馬区自殺対策計画〔第１次〕 from the placed cells.
 * Cells the rules could not place stay null with a note, unless a curation patch places them.
 */
import { cellKey, type CurationFile } from "../../../src/schemas/curation.ts";
import type { MeasureInput, PrintedReference, YearRecord } from "../../../src/schemas/measure.ts";
import { joinInColumn, placeCells, type Cell, type YearCells } from "./cells.ts";
import { findMeasures, type MeasureRows } from "./layout.ts";
import { tokenize } from "./tokens.ts";

export const MUNICIPALITY = "nerima";
export const PLAN_ID = "suicide-prevention-1";
export const FISCAL_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023];

/** Printed in the 令和６年度予定 column of six measures: 33, 34, 78, 91, 92, 93
 * (docs/sources/nerima-suicide-plan.md#same-as-left). */
const SAME_AS_LEFT = "同左";

/**
 * Why the site reads 「同左」 as the FY2023 実績. The header (lines 33–40) puts 令和５年度実績 ·
 * 評価 · 進捗状況、課題等 · 令和６年度予定 left to right, so the cell right beside it is the
 * 進捗状況・課題; but in five of the six (33, 78, 91, 92, 93) that cell is a review of what was
 * done (10119–10120 「来所相談を休止することなく通常通り実施した。」), never a plan, while the 実績 cell
 * says what is done (10110 「毎日」). The document uses 同左 for the 実績 column; 34 follows it.
 */
const SAME_AS_LEFT_READING =
  "原資料では「同左」（左の欄と同じ）と印刷されています。表でこの欄のすぐ左は令和５年度の「進捗状況・課題」の欄ですが、「同左」と書かれた６つの取組のうち５つ（No.33・78・91・92・93）ではその欄が実施済みのことの振り返り（例：「来所相談を休止することなく通常通り実施した。」）で、予定としては読めません。そのためこのサイトでは、同じ種類の記載である令和５年度実績と同じという意味に読んでいます。";

/**
 * Titles whose plain join may hide two names (lines 3008–3012): the first line 子育てのひろば fills
 * the 7-character column exactly, so the layout cannot show whether one programme or two is meant.
 */
const TITLE_NOTES: Readonly<Record<string, string>> = {
  "29": "事業名は原資料では「子育てのひろば」の行の後に「学童クラブ室活用型子育て支援事業（通称にこにこ）」が続けて印刷されており、２つの事業名を並べたものとも読めます。",
};

const UNPLACED_NOTE = (label: string): string =>
  `${label}の欄の区切りを原資料のレイアウトから判別できないため、この欄は空欄としています。`;

/**
 * Wrap width of each column in full-width characters: the widest line of any cell that is not
 * the cell's last line, measured over the whole source — 事業名 7, 取組内容 17, 目指す効果 13, every
 * year's cells 11; a line holding ASCII (½ each) reaches .5 more (e.g. 3665 「・すべての障害に対応」).
 */
export const COLUMN_WIDTHS = { title: 7.5, description: 17.5, goal: 13.5, year: 11.5 } as const;

/** The column width of a cell by its JSON path or curation field. */
export function columnWidth(field: string): number {
  const key = field.replace(/^years\.\d+\./u, "");
  return key === "title" || key === "description" || key === "goal"
    ? COLUMN_WIDTHS[key]
    : COLUMN_WIDTHS.year;
}

interface Draft {
  measure: MeasureInput;
  /** The source lines as printed (index 0 = line 1), for line widths. */
  raw: readonly string[];
  fieldLines: Record<string, [number, number]>;
  /** Cells the rules could not place and no curation entry places: unknown. */
  unknown: string[];
  references: PrintedReference[];
}

/** The curation key (`2022:assessment`, `goal`) of a JSON path of this parser. */
function keyOf(path: string): string {
  const m = /^years\.(\d+)\.(\w+)$/u.exec(path);
  return m ? `${FISCAL_YEARS[Number(m[1])]}:${m[2]}` : path;
}

/** Set one cell: its value and lines, or null + note when the rules could not place it. */
function setCell(
  draft: Draft,
  path: string,
  cell: Cell,
  label: string,
  curated: ReadonlySet<string>,
): string | null {
  if (cell.ambiguous && !curated.has(keyOf(path))) {
    draft.measure.notes.push(UNPLACED_NOTE(label));
    draft.unknown.push(path);
    return null;
  }
  if (cell.value !== null && cell.lines) draft.fieldLines[path] = cell.lines;
  return cell.fragments ? joinInColumn(cell.fragments, columnWidth(path), draft.raw) : cell.value;
}

function fyLabel(fy: number): string {
  return fy === 2019
    ? "平成31（令和元）年度"
    : `令和${String.fromCharCode(0xff10 + fy - 2018)}年度`;
}

function buildYear(
  draft: Draft,
  i: number,
  cells: YearCells,
  departments: readonly string[],
  curated: ReadonlySet<string>,
): YearRecord {
  const fy = FISCAL_YEARS[i] as number;
  const base = `years.${i}`;
  const result = setCell(draft, `${base}.result`, cells.result, `${fyLabel(fy)}実績`, curated);
  const assessment = setCell(
    draft,
    `${base}.assessment`,
    cells.assessment,
    `${fyLabel(fy)}の進捗状況・課題`,
    curated,
  );
  const nextPlan = cells.nextPlan
    ? setCell(draft, `${base}.nextPlan`, cells.nextPlan, "令和６年度予定", curated)
    : null;
  if (nextPlan === SAME_AS_LEFT && cells.nextPlan?.lines) {
    // Kept as printed; the page shows the site's reading beside it (printedReferences).
    draft.references.push({
      cell: { fiscalYear: fy, field: "nextPlan" },
      refersTo: { fiscalYear: fy, field: "result" },
      reason: SAME_AS_LEFT_READING,
    });
    draft.measure.notes.push(
      `令和６年度予定は原資料では「同左」と印刷されています（${cells.nextPlan.lines[0]}行）。`,
    );
  }
  const [only, ...more] = cells.grades;
  if (only) draft.fieldLines[`${base}.grade`] = [only.line, only.line];
  if (!only) {
    draft.measure.notes.push(`${fyLabel(fy)}の評価は原資料に記載がありません。`);
  }
  return {
    fiscalYear: fy,
    status: "actual",
    result,
    grade: only && more.length === 0 ? only.grade : null,
    gradesBySection: more.length > 0 ? gradesBySection(draft, base, cells, departments) : null,
    achievement: null,
    assessment,
    nextPlan,
  };
}

/**
 * Several grades stacked in one cell (measure 41, FY2019/2020,
 * docs/sources/nerima-suicide-plan.md#stacked-grades). Each belongs to one
 * department's section of the row; the sections (【広聴広報課】 then 【保健相談所】) and the 担当課
 * cell list the departments in the same order, so the n-th grade belongs to the n-th department.
 */
function gradesBySection(
  draft: Draft,
  base: string,
  cells: YearCells,
  departments: readonly string[],
): YearRecord["gradesBySection"] {
  if (departments.length !== cells.grades.length) {
    throw new Error(
      `${draft.measure.code} ${base}: ${cells.grades.length} grades for ${departments.length} departments`,
    );
  }
  return cells.grades.map((g, n) => {
    draft.fieldLines[`${base}.gradesBySection.${n}.grade`] = [g.line, g.line];
    return { department: departments[n] as string, grade: g.grade };
  });
}

function buildMeasure(
  lines: readonly string[],
  rows: MeasureRows,
  file: string,
  curation: CurationFile,
): MeasureInput {
  const { block, sub } = rows;
  if (!block || !sub)
    throw new Error(`${file} line ${rows.first}: measure ${rows.code} has no heading above it`);
  const curated = new Set(curation.patches.filter((p) => p.measure === rows.code).map(cellKey));
  const tokens = tokenize(lines, rows.first + 1, rows.last);
  const inline: Cell | null = rows.inlineTitle
    ? { value: rows.inlineTitle, lines: [rows.first, rows.first], ambiguous: false }
    : null;
  const cells = placeCells(tokens, inline, FISCAL_YEARS.length);
  const measure: MeasureInput = {
    id: `${MUNICIPALITY}/${PLAN_ID}/${rows.code}`,
    url: `/${MUNICIPALITY}/${PLAN_ID}/${rows.code}/`,
    municipality: MUNICIPALITY,
    plan: PLAN_ID,
    code: rows.code,
    title: cells.title.value ?? "",
    path: [
      { kind: block.kind, number: block.number, title: block.title },
      { kind: sub.kind, number: sub.number, title: sub.title },
    ],
    category: null,
    departments: cells.departments?.names ?? [],
    division: null,
    description: null,
    goal: null,
    planPage: rows.planPage,
    subLetter: rows.subLetter,
    starred: false,
    repostOf: null,
    repostOfCode: null,
    years: [],
    indicators: [],
    budget: [],
    source: { file, lines: [rows.first, rows.last] },
    fieldLines: {},
    curatedFields: [],
    notes: [],
  };
  const draft: Draft = { measure, raw: lines, fieldLines: {}, unknown: [], references: [] };
  if (cells.title.fragments) {
    measure.title = joinInColumn(cells.title.fragments, COLUMN_WIDTHS.title, lines) ?? "";
  }
  draft.fieldLines["path.0.title"] = [block.line, block.line];
  draft.fieldLines["path.1.title"] = [sub.line, sub.line];
  if (cells.title.lines) draft.fieldLines["title"] = cells.title.lines;
  measure.description = setCell(draft, "description", cells.description, "取組内容", curated);
  measure.goal = setCell(draft, "goal", cells.goal, "自殺対策の視点で目指す効果", curated);
  measure.years = cells.years.map((y, i) =>
    buildYear(draft, i, y, measure.departments ?? [], curated),
  );
  if (cells.departments) {
    cells.departments.names.forEach((_, i) => {
      draft.fieldLines[`departments.${i}`] = cells.departments?.lines ?? [rows.first, rows.last];
    });
  }
  measure.fieldLines = draft.fieldLines;
  measure.unknownFields = draft.unknown;
  measure.printedReferences = draft.references;
  const titleNote = TITLE_NOTES[rows.code];
  if (titleNote) measure.notes.push(titleNote);
  return measure;
}

/** Every measure of the source, in printed order. */
export function buildMeasures(
  lines: readonly string[],
  file: string,
  curation: CurationFile,
): MeasureInput[] {
  return findMeasures(lines).map((rows) => buildMeasure(lines, rows, file, curation));
}
