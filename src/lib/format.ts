/**
 * Small display helpers shared by the pages: path steps, dates, municipality-aware labels, and
 * the site's one typographic voice for the text it writes itself (docs/typography.md):
 * - ranges with ～ (U+FF5E), the mark every source prints (「平成31年度～令和５年度」), so a
 *   page never shows two tildes side by side;
 * - the top grade as A＋, as the plans' legends print it;
 * - half-width digits (令和5年度, 15行目); a one-line range is 「15行目」, not 「15～15行目」.
 * Source text keeps its own characters. Display text is never normalized (NFKC would turn ①
 * into 1): these only join printed parts.
 */
import type { PathStep } from "../schemas/measure.ts";
import type { Municipality, YearFieldLabels } from "../schemas/municipality.ts";
import { formatFiscalYear } from "./fiscal-year.ts";

/** Kinds whose printed number already says what it is (①, （１）): shown without the kind word. */
const BARE_KINDS = new Set(["見出し", "施策", "取組"]);

/** `基本施策1　地域における…`, `②　区民を対象とした研修`. */
export function formatPathStep(step: PathStep): string {
  const number = step.number ?? "";
  const head = BARE_KINDS.has(step.kind) ? number : `${step.kind}${number}`;
  return head ? `${head}　${step.title}` : step.title;
}

/** ISO date → `2025年1月28日`; null stays null (the document prints no date). */
export function formatDateJa(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The range mark of the text the site writes. */
export const RANGE_MARK = "～";

/** `a～b`. */
export function formatRange(from: string | number, to: string | number): string {
  return `${from}${RANGE_MARK}${to}`;
}

/** Lines of a source file: `15行目` for one line, `15～20行目` for several. */
export function formatLineRange(lines: readonly [number, number]): string {
  const [from, to] = lines;
  return from === to ? `${from}行目` : `${formatRange(from, to)}行目`;
}

/** How the site writes a stored grade key: `A+` → `A＋` (as the legends print it). */
export function formatGrade(grade: string): string {
  return grade === "A+" ? "A＋" : grade;
}

/** The grades of the plans that grade, for prose: `A＋／A／B`. */
export const GRADE_NAMES = ["A+", "A", "B"].map(formatGrade).join("／");

/** `令和元年度（2019年度）～令和5年度（2023年度）`, or one year alone. */
export function formatFiscalYearRange(years: readonly number[]): string {
  if (years.length === 0) return "";
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0] as number;
  const last = sorted[sorted.length - 1] as number;
  return first === last
    ? formatFiscalYear(first)
    : formatRange(formatFiscalYear(first), formatFiscalYear(last));
}

const DEFAULT_LABELS: YearFieldLabels = {
  result: "実績・実施状況",
  grade: "評価（自己評価）",
  achievement: "達成度",
  assessment: "進捗状況・課題",
  nextPlan: "今後の予定",
};

/**
 * Column names as the municipality's reports print them (its entry in data/municipalities.json),
 * so a reader can find the cell in the document.
 */
export function yearFieldLabels(
  municipality: Pick<Municipality, "yearFieldLabels">,
): YearFieldLabels {
  const own = Object.entries(municipality.yearFieldLabels).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_LABELS, ...(Object.fromEntries(own) as Partial<YearFieldLabels>) };
}

/** `12`, `12ア`, `1-1` — the code as a reader sees it printed. */
export function formatCode(code: string, subLetter: string | null): string {
  return subLetter ? `${code}${subLetter}` : code;
}
