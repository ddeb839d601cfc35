/**
 * Page layout of 小金井市 自殺対策計画進捗確認シート (002_7f059ffc7f93b1c5.txt): page furniture
 * (docs/sources/koganei.md#page-furniture), 基本施策 headings, and each measure's header
 * (docs/sources/koganei.md#header-regimes) — sub-policy, number,
 * 実施内容 (the title), page, 担当部署 and 担当課 — up to where its body cells begin.
 */
import { toHalfWidth, trimLine } from "../../../src/lib/normalize.ts";

/**
 * Repeated column header (1–4, 615–618, 1021–1024, 1575–1578) and the one page footer (1573).
 * Matched exactly: `ページ` alone only, since `ホームページ` occurs in cells.
 */
const FURNITURE = [
  /^計画における項目 実施内容 計画書$/u,
  /^ページ$/u,
  /^担当部署 担当課 再掲 令和２年度実施状況 /u,
  /^自殺対策計画進捗確認シート_/u,
];

const HEADING = /^基本施策([１-９])　(.+)$/u;
const MEASURE_START = /^（([１-９])）/u;
/** Joined header: `（s）sub-title N　title P.nn rest`; sub-policy titles hold no digits. */
const HEADER = /^（([１-９])）(.+?)\s*([１-９]|\d{1,2})　(.+?)\s*P\.(\d\d)/u;

/** A source line as the cell reader sees it: furniture and whitespace-only lines are blank. */
export function cleanLines(lines: readonly string[]): string[] {
  return lines.map((raw) => {
    const line = trimLine(raw);
    return FURNITURE.some((re) => re.test(line)) ? "" : line;
  });
}

export interface LineSpan {
  /** 1-based, inclusive. */
  from: number;
  to: number;
}

/** What the header of one measure says, with the lines each part is printed on. */
export interface MeasureHeader {
  policy: { number: string; title: string; line: number };
  sub: { number: string; title: string };
  number: string;
  title: string;
  page: string;
  division: string;
  sections: string[];
  /** Header lines: from the （s） line to the `P.nn` line. */
  header: LineSpan;
  divisionLines: LineSpan;
  sectionLines: LineSpan;
  /** The first body text: the tail of the section's line (line 15 `健康課 未実施`), if any. */
  bodyStart: { line: number; tail: string };
  /** Last line before the next measure, heading or end of file. */
  end: number;
}

interface Char {
  ch: string;
  line: number;
  col: number;
}

/** Characters from `line` (starting at `col`) onward, whitespace and line breaks skipped. */
function charsFrom(lines: readonly string[], line: number, col: number, lastLine: number): Char[] {
  const out: Char[] = [];
  for (let n = line; n <= lastLine; n++) {
    const text = lines[n - 1] ?? "";
    for (let c = n === line ? col : 0; c < text.length; c++) {
      const ch = text[c] ?? "";
      if (!/[\s\u3000]/u.test(ch)) out.push({ ch, line: n, col: c });
    }
  }
  return out;
}

/** The shortest run of `chars` from `at` that ends in one of `ends`, or null. */
function takeUntil(chars: readonly Char[], at: number, ends: RegExp): number | null {
  for (let i = at; i < chars.length && i < at + 12; i++) {
    if (ends.test(chars[i]?.ch ?? "")) return i;
  }
  return null;
}

/**
 * 担当部署 is the shortest run ending in 部; 担当課 the shortest run ending in 課 or 館 (図書館),
 * optionally `・` and another (187–188 `自立生活支援`/`課・介護福祉課`, 1026–1027). Both may
 * wrap (`福祉保健`/`部`), so whitespace and line breaks are skipped. What follows on the
 * section's own line is the first body text.
 */
function readDivisionAndSections(
  raw: readonly string[],
  pLine: number,
  pCol: number,
  end: number,
): Pick<MeasureHeader, "division" | "sections" | "divisionLines" | "sectionLines" | "bodyStart"> {
  const chars = charsFrom(raw, pLine, pCol, Math.min(end, pLine + 8));
  const where = `002_7f059ffc7f93b1c5.txt line ${pLine}`;
  const divEnd = takeUntil(chars, 0, /部/u);
  if (divEnd === null) throw new Error(`${where}: no 担当部署 (…部) after the page`);
  const sections: string[] = [];
  let at = divEnd + 1;
  let last = divEnd;
  for (;;) {
    const secEnd = takeUntil(chars, at, /[課館]/u);
    if (secEnd === null)
      throw new Error(`${where}: no 担当課 (…課) after ${sections.join("・") || "the 部"}`);
    sections.push(
      chars
        .slice(at, secEnd + 1)
        .map((c) => c.ch)
        .join(""),
    );
    last = secEnd;
    if (chars[secEnd + 1]?.ch !== "・") break;
    at = secEnd + 2;
  }
  const lastChar = chars[last] as Char;
  const lineText = raw[lastChar.line - 1] ?? "";
  return {
    division: chars
      .slice(0, divEnd + 1)
      .map((c) => c.ch)
      .join(""),
    sections,
    divisionLines: { from: chars[0]?.line ?? pLine, to: chars[divEnd]?.line ?? pLine },
    sectionLines: { from: chars[divEnd + 1]?.line ?? pLine, to: lastChar.line },
    bodyStart: { line: lastChar.line, tail: trimLine(lineText.slice(lastChar.col + 1)) },
  };
}

/** Every measure header of the document, in order, with the line where its body ends. */
export function readHeaders(raw: readonly string[]): MeasureHeader[] {
  const lines = cleanLines(raw);
  const starts: number[] = [];
  const boundaries: number[] = [];
  lines.forEach((line, i) => {
    if (MEASURE_START.test(line)) starts.push(i + 1);
    if (MEASURE_START.test(line) || HEADING.test(line)) boundaries.push(i + 1);
  });
  let policy: MeasureHeader["policy"] | null = null;
  const headers: MeasureHeader[] = [];
  let previousStart = 0;
  for (const start of starts) {
    // The 基本施策 heading (6, 344, 620, 944) stands once, before its first measure.
    for (let n = previousStart + 1; n < start; n++) {
      const h = HEADING.exec(lines[n - 1] ?? "");
      if (h) policy = { number: toHalfWidth(h[1] ?? ""), title: h[2] ?? "", line: n };
    }
    previousStart = start;
    if (!policy)
      throw new Error(`002_7f059ffc7f93b1c5.txt line ${start}: a measure before any 基本施策`);
    const end = (boundaries.find((b) => b > start) ?? lines.length + 1) - 1;
    let pLine = start;
    while (pLine <= end && !/P\.\d\d/u.test(lines[pLine - 1] ?? "")) pLine++;
    if (pLine > end)
      throw new Error(`002_7f059ffc7f93b1c5.txt line ${start}: no page (P.nn) in the header`);
    const joined = lines.slice(start - 1, pLine).join("");
    const m = HEADER.exec(joined);
    if (!m)
      throw new Error(`002_7f059ffc7f93b1c5.txt lines ${start}–${pLine}: header not understood`);
    const [, sub, subTitle, number, title, page] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const pText = raw[pLine - 1] ?? "";
    const pCol = pText.search(/P\.\d\d/u) + 4;
    headers.push({
      policy,
      sub: { number: toHalfWidth(sub), title: subTitle },
      number: toHalfWidth(number),
      title,
      page: `P.${page}`,
      header: { from: start, to: pLine },
      ...readDivisionAndSections(raw, pLine, pCol, end),
      end,
    });
  }
  return headers;
}
