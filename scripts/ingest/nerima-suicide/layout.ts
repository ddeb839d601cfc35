/**
 * Page layout of 練馬区自殺対策計画〔第１次〕の取組状況詳細 (000_7f5aa4348ad65687.txt): the measure
 * start lines, the block and sub-headings, and the repeated page boilerplate between measures.
 * Line numbers are 1-based throughout, as in docs/sources/nerima-suicide-plan.md.
 */
import { trimLine } from "../../../src/lib/normalize.ts";

/** The document title as printed at line 2 (page headers repeat it, mostly with a leading space). */
export const DOCUMENT_TITLE = "練馬区自殺対策計画〔第１次〕の取組状況詳細(平成31年度～令和５年度)";

/** The grade legend as printed at line 3. */
export const GRADE_LEGEND =
  "※評価　A＋：計画以上に進んだ　A：概ね計画どおり　B：遅れや修正が生じた";

/** A measure starts with `<number> P<page> <kana>` and, for 16 measures, its title. */
export const MEASURE_START = /^(\d+) (P\d+) ([ア-コ])(?: (.*))?$/u;

/**
 * Whole lines (trimmed) of the repeated page header (docs/sources/nerima-suicide-plan.md#page-headers).
 * They only ever stand between measures;
 * the single characters 評/価/通/№ are listed because they are header cells, never measure text.
 */
export const PAGE_HEADER_LINES: readonly string[] = [
  DOCUMENT_TITLE,
  GRADE_LEGEND,
  "平成31（令和元）年度実績",
  "令和２年度実績",
  "令和３年度実績",
  "令和４年度実績",
  "令和５年度実績",
  "令和６年度予定",
  "評",
  "価",
  "取組内容に対する",
  "取組項目に対する",
  "進捗状況、課題等",
  "担当課自殺対策の視点で目指す効果",
  "年度別実施内容",
  "通",
  "№",
  "冊子",
  "ﾍﾟｰ",
  "ｼﾞ",
  "施策",
  "事業名 取組内容",
  "参考資料１－２",
  "練 馬 区 健 康 部",
  "令和７年１月28日",
  "17/21",
];

/**
 * Lines that open a page header: a measure's rows end before them. Full strings, never prefixes
 * (docs/sources/nerima-suicide-plan.md#title-like-body-text, line 3185).
 */
const PAGE_HEADER_OPENERS = new Set([
  DOCUMENT_TITLE,
  GRADE_LEGEND,
  "平成31（令和元）年度実績",
  "担当課自殺対策の視点で目指す効果",
  "17/21",
]);

const BLOCK_HEADING = /^(基本施策|重点施策)[\s\u3000]*（(\d+)）(.+)$/u;
const SUB_HEADING = /^([①-⑳])[\s\u3000]*(.+)$/u;

export interface Heading {
  kind: string;
  number: string;
  title: string;
  line: number;
}

export interface MeasureRows {
  code: string;
  planPage: string;
  subLetter: string;
  /** Title printed on the number line, if any. */
  inlineTitle: string | null;
  /** Number line (first) to the last line of the measure, both 1-based. */
  first: number;
  last: number;
  /** null only in an excerpt that starts below its heading (tests). */
  block: Heading | null;
  sub: Heading | null;
}

/** The physical lines of the file, index 0 = line 1. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/u);
}

/** The line at 1-based number `n`, trimmed ("" past the end). */
export function lineAt(lines: readonly string[], n: number): string {
  return trimLine(lines[n - 1] ?? "");
}

function nextNonBlank(lines: readonly string[], n: number): number | null {
  for (let i = n + 1; i <= lines.length; i++) if (lineAt(lines, i) !== "") return i;
  return null;
}

/**
 * Find every measure with its heading path and its row range. A circled-number line is a sub-heading
 * only when the next non-blank line starts a measure (docs/sources/nerima-suicide-plan.md#sub-headings:
 * cells hold lines like `①区民対象`, line 1228).
 */
export function findMeasures(lines: readonly string[]): MeasureRows[] {
  const measures: MeasureRows[] = [];
  let block: Heading | null = null;
  let sub: Heading | null = null;
  let open: Omit<MeasureRows, "last"> | null = null;
  let lastContent = 0;
  const close = (): void => {
    if (open) measures.push({ ...open, last: lastContent });
    open = null;
  };
  for (let n = 1; n <= lines.length; n++) {
    const line = lineAt(lines, n);
    if (line === "") continue;
    const start = MEASURE_START.exec(line);
    const next = nextNonBlank(lines, n);
    const nextStartsMeasure = next !== null && MEASURE_START.test(lineAt(lines, next));
    const blockMatch = BLOCK_HEADING.exec(line);
    const subMatch = nextStartsMeasure ? SUB_HEADING.exec(line) : null;
    if (start) {
      close();
      open = {
        code: start[1] as string,
        planPage: start[2] as string,
        subLetter: start[3] as string,
        inlineTitle: start[4] ? trimLine(start[4]) : null,
        first: n,
        block,
        sub,
      };
      lastContent = n;
    } else if (blockMatch) {
      close();
      const [, kind, number, title] = blockMatch as unknown as [string, string, string, string];
      block = { kind, number, title: trimLine(title), line: n };
    } else if (subMatch) {
      close();
      sub = {
        kind: "見出し",
        number: subMatch[1] as string,
        title: trimLine(subMatch[2] as string),
        line: n,
      };
    } else if (PAGE_HEADER_OPENERS.has(line)) {
      close();
    } else if (open) {
      lastContent = n;
    }
  }
  close();
  return measures;
}
