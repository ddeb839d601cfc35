/**
 * Places the text blocks of one measure into its table cells. The row reads, left to right:
 * 事業名 · 取組内容 · 目指す効果 · then per year 実績 · 評価 · 進捗状況 (FY2019–FY2023) · 令和６年度予定 · 担当課.
 * Grades are certain (token scan); the text between two grades is "this year's comment, next
 * year's result". Rules used, and where they stop (docs/sources/nerima-suicide-plan.md#cell-boundaries):
 * - one block between two grades: the comment is empty, the block is the next year's result;
 * - two blocks: comment, then result;
 * - more blocks: split at a same-line space if there is exactly one, else the cell is ambiguous.
 * Ambiguous cells are reported; the ingester leaves them null unless a curation patch places them.
 */
import { joinWrappedLines, startsLogicalLine, trimLine } from "../../../src/lib/normalize.ts";
import { endsLogicalLine } from "../column-lines.ts";
import type { Grade } from "../../../src/schemas/measure.ts";
import { findDepartmentTail, type Piece } from "./departments.ts";
import { blockLines, type Fragment, type TextBlock, type Token } from "./tokens.ts";

export interface Cell {
  value: string | null;
  lines: [number, number] | null;
  /** True when the rules could not place this cell with confidence. */
  ambiguous: boolean;
  /** The printed pieces the value joins, in order (for the line-break rule). */
  fragments?: readonly Fragment[];
}

export interface PrintedGrade {
  grade: Grade;
  line: number;
}

export interface YearCells {
  result: Cell;
  /** One grade, or several stacked in one cell (measure 41); empty when none is printed. */
  grades: PrintedGrade[];
  assessment: Cell;
  nextPlan: Cell | null;
}

export interface MeasureCells {
  title: Cell;
  description: Cell;
  goal: Cell;
  years: YearCells[];
  departments: { names: string[]; lines: [number, number] } | null;
}

const EMPTY: Cell = { value: null, lines: null, ambiguous: false };

/**
 * Cell text from its fragments: pieces of one line keep the single space printed between them,
 * lines are joined as layout-wrapped (no separator, a break before a list marker).
 */
export function joinFragments(fragments: readonly Fragment[]): string | null {
  const lines: string[] = [];
  let lastLine = -1;
  for (const f of fragments) {
    if (f.line === lastLine) lines[lines.length - 1] += ` ${f.text}`;
    else lines.push(f.text);
    lastLine = f.line;
  }
  return joinWrappedLines(lines);
}

/**
 * Cell text from its fragments in a column `width` full-width characters wide: as joinFragments,
 * but a line the author ended short of the width keeps its "\n" (../column-lines.ts), so list
 * items printed without a bullet stay apart (「小学校35,369枚」 ‖ 「中学校14,611枚」). `raw` are the
 * source lines as printed: a leading ideographic-space indent takes room in the column.
 */
export function joinInColumn(
  fragments: readonly Fragment[],
  width: number,
  raw: readonly string[],
): string | null {
  const printed: { line: number; text: string }[] = [];
  for (const f of fragments) {
    const last = printed.at(-1);
    if (last && last.line === f.line) last.text += ` ${f.text}`;
    else {
      const line = raw[f.line - 1] ?? "";
      const indent = trimLine(line).startsWith(f.text)
        ? (/^[ \t]*(\u3000*)/u.exec(line)?.[1] ?? "")
        : "";
      printed.push({ line: f.line, text: indent + f.text });
    }
  }
  let text = "";
  let previous: string | null = null;
  for (const { text: line } of printed) {
    const trimmed = trimLine(line);
    if (previous === null) text = trimmed;
    else {
      const newLine = startsLogicalLine(trimmed) || endsLogicalLine(previous, line, width);
      text += (newLine ? "\n" : "") + trimmed;
    }
    previous = line;
  }
  return previous === null ? null : text;
}

export function cellOf(blocks: readonly TextBlock[], ambiguous = false): Cell {
  if (blocks.length === 0) return { ...EMPTY, ambiguous };
  const first = blockLines(blocks[0] as TextBlock)[0];
  const last = blockLines(blocks.at(-1) as TextBlock)[1];
  return {
    value: joinFragments(blocks.flatMap((b) => b.fragments)),
    lines: [first, last],
    ambiguous,
    fragments: blocks.flatMap((b) => b.fragments),
  };
}

/** Split the blocks between two grades into [comment, next result]. */
export function splitCommentResult(blocks: readonly TextBlock[]): [Cell, Cell] {
  if (blocks.length === 0) return [EMPTY, { ...EMPTY, ambiguous: true }];
  if (blocks.length === 1) return [EMPTY, cellOf(blocks)];
  if (blocks.length === 2) return [cellOf(blocks.slice(0, 1)), cellOf(blocks.slice(1))];
  const spaces = blocks.map((b, i) => (i > 0 && b.gap === "space" ? i : -1)).filter((i) => i > 0);
  if (spaces.length === 1) {
    const at = spaces[0] as number;
    return [cellOf(blocks.slice(0, at)), cellOf(blocks.slice(at))];
  }
  return [cellOf(blocks.slice(0, 1), true), cellOf(blocks.slice(1), true)];
}

/** Remove the 担当課 pieces from the end of the tail blocks. */
function takeDepartments(blocks: TextBlock[]): {
  rest: TextBlock[];
  departments: MeasureCells["departments"];
} {
  const pieces: (Piece & { block: number; index: number })[] = blocks.flatMap((b, block) =>
    b.fragments.map((f: Fragment, index) => ({ ...f, block, index })),
  );
  const tail = findDepartmentTail(pieces);
  if (!tail) return { rest: blocks, departments: null };
  const cut = pieces[tail.start] as (typeof pieces)[number];
  const rest = blocks.slice(0, cut.block);
  if (cut.index > 0) {
    const b = blocks[cut.block] as TextBlock;
    rest.push({ ...b, fragments: b.fragments.slice(0, cut.index) });
  }
  return { rest, departments: { names: tail.names, lines: tail.lines } };
}

/**
 * Place the cells of one measure. `tokens` start after the number line; `inlineTitle` is the title
 * printed on the number line, if any.
 */
export function placeCells(
  tokens: readonly Token[],
  inlineTitle: Cell | null,
  yearCount: number,
): MeasureCells {
  const groups: PrintedGrade[][] = [];
  const segments: TextBlock[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "grade") {
      const stacked = groups.length > 0 && (segments.at(-1) as TextBlock[]).length === 0;
      if (stacked) (groups.at(-1) as PrintedGrade[]).push({ grade: token.grade, line: token.line });
      else {
        groups.push([{ grade: token.grade, line: token.line }]);
        segments.push([]);
      }
    } else (segments.at(-1) as TextBlock[]).push(token);
  }
  const prelude = [...(segments[0] as TextBlock[])];
  const title = inlineTitle ?? cellOf(prelude.splice(0, 1));
  const description = cellOf(prelude.splice(0, 1));
  const goal = cellOf(prelude.splice(0, 1));
  const results: Cell[] = [cellOf(prelude, prelude.length !== 1)];
  const comments: Cell[] = [];
  for (let i = 1; i < groups.length; i++) {
    const [comment, result] = splitCommentResult(segments[i] as TextBlock[]);
    comments.push(comment);
    results.push(result);
  }
  const { rest, departments } = takeDepartments([...(segments.at(-1) as TextBlock[])]);
  if (groups.length === yearCount) {
    const [lastComment, nextPlan] =
      rest.length === 2 ? [cellOf(rest.slice(0, 1)), cellOf(rest.slice(1))] : splitTail(rest);
    comments.push(lastComment);
    results.push(nextPlan);
  } else {
    // Fewer grades than years (docs/sources/nerima-suicide-plan.md#missing-grades): the tail holds
    // the rest of the row with no grade to
    // anchor it. Place the blocks in reading order, but only as a guess for curation to confirm.
    const missing = 2 * (yearCount - groups.length) + 2;
    const cells =
      rest.length === missing
        ? rest.map((b) => cellOf([b], true))
        : Array.from({ length: missing }, () => ({ ...EMPTY, ambiguous: true }));
    comments.push(cells.shift() as Cell);
    while (cells.length > 1) {
      results.push(cells.shift() as Cell);
      comments.push(cells.shift() as Cell);
    }
    results.push(cells.shift() as Cell);
  }
  const nextPlan = results.pop() as Cell;
  const years: YearCells[] = Array.from({ length: yearCount }, (_, i) => ({
    result: results[i] as Cell,
    grades: groups[i] ?? [],
    assessment: comments[i] as Cell,
    nextPlan: i === yearCount - 1 ? nextPlan : null,
  }));
  return { title, description, goal, years, departments };
}

/** The blocks after the last grade, without the 担当課: [last comment, 令和６年度予定]. */
function splitTail(blocks: readonly TextBlock[]): [Cell, Cell] {
  const spaces = blocks.map((b, i) => (i > 0 && b.gap === "space" ? i : -1)).filter((i) => i > 0);
  if (blocks.length > 2 && spaces.length === 1) {
    const at = spaces[0] as number;
    return [cellOf(blocks.slice(0, at)), cellOf(blocks.slice(at))];
  }
  return [cellOf(blocks.slice(0, 1), true), cellOf(blocks.slice(1), true)];
}
