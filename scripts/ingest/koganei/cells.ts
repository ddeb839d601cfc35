/**
 * The eight body cells of a Koganei measure (docs/sources/koganei.md#cell-boundaries): FY2020 実施状況,
 * 担当課の評価, 達成度, 今後の実施計画, then the same four for FY2021. Rules, each visible in
 * the text:
 * - a blank line ends a cell, except inside a wrapped FY2020 達成度 (966–972, 1042–1045);
 * - an ASCII space inside a line ends a cell (`1回実施 時期計画…`, `…できた。 実施`), unless
 *   hiragana follows it (`高齢者 の孤立防止`, 976, 998);
 * - the FY2020 達成度 column holds at most 6 characters a line, FY2021's at most 18: the run
 *   of such lines where a 達成度 belongs is the 達成度, the rest of the paragraph the next plan;
 *   FY2021's never wraps, so each of its lines stays a line (883–884 `人権・身の上相談　25％` /
 *   `市民相談　100％`);
 * - a cell ended by a space is a 評価 ending in `。` or a dash, or a 達成度 — nothing else.
 * A cell's lines are joined by joinColumnLines (../column-lines.ts) with its column's width: a "\n"
 * stays where the author ended a line (648–654, 796–797, 1517–1519), wraps are joined.
 * Where no boundary is visible (docs/sources/koganei.md#cells-with-no-visible-boundary) a curation
 * patch places the cell: its lines
 * are taken out of the stream here and the patch supplies the value. Anything else that does
 * not fit throws, naming the lines; nothing is guessed.
 */
import { joinColumnLines } from "../column-lines.ts";

export const CELL_FIELDS = ["result", "assessment", "achievement", "nextPlan"] as const;
export type CellField = (typeof CELL_FIELDS)[number];

/**
 * Wrap width of each column, FY2020 then FY2021, in full-width characters (../column-lines.ts): the
 * widest line that is not the last of its cell, the same on all four pages. FY2021's 達成度 never
 * wraps (its lines are kept apart), so it has none.
 */
export const COLUMN_WIDTHS: readonly Readonly<Record<CellField, number | null>>[] = [
  { result: 22, assessment: 20, achievement: 4, nextPlan: 19 },
  { result: 22, assessment: 22, achievement: null, nextPlan: 22 },
];

/** One cell: its text (null when empty or curated) and the lines it came from. */
export interface Cell {
  text: string | null;
  lines: [number, number] | null;
  curated: boolean;
}

interface Fragment {
  line: number;
  text: string;
  /** The text as printed in its column: with the line's ideographic-space indent, if it starts it. */
  printed: string;
  /** A cell-ending space follows this fragment on the same line. */
  endsAtSpace: boolean;
}

type Item = Fragment | null; // null = a blank line

/**
 * Split a line at ASCII spaces that end a cell (not those followed by hiragana). `indent` is
 * the line's leading ideographic-space indent in the source (43 `　毎年…`), which takes room in
 * the first fragment's column.
 */
function splitLine(line: number, text: string, indent = ""): Fragment[] {
  const parts = text.split(/ (?![\u3041-\u309f])/u).filter((p) => p !== "");
  return parts.map((part, i) => ({
    line,
    text: part,
    printed: i === 0 ? indent + part : part,
    endsAtSpace: i < parts.length - 1,
  }));
}

/** Curated cells, as `${year}.${field}` → lines, taken from the measure's patches. */
export type CuratedCells = ReadonlyMap<string, [number, number]>;

/**
 * Read the 8 cells from the body: `tail` is the text after the 担当課 on its line, `lines`
 * the cleaned source lines, `raw` the source lines as printed (for their indents), body from
 * `from` to `to` (1-based, inclusive).
 */
export function readCells(
  tail: { line: number; text: string },
  lines: readonly string[],
  raw: readonly string[],
  from: number,
  to: number,
  curated: CuratedCells,
  where: string,
): Cell[][] {
  const taken = [...curated.values()];
  const isTaken = (n: number): boolean => taken.some(([a, b]) => n >= a && n <= b);
  const items: Item[] = [];
  if (tail.text !== "" && !isTaken(tail.line)) items.push(...splitLine(tail.line, tail.text));
  for (let n = from; n <= to; n++) {
    const text = lines[n - 1] ?? "";
    if (text === "" || isTaken(n)) items.push(null);
    else items.push(...splitLine(n, text, /^[ \t]*(\u3000*)/u.exec(raw[n - 1] ?? "")?.[1] ?? ""));
  }
  let at = 0;
  const fail = (why: string): never => {
    const next = items.slice(at).find((i): i is Fragment => i !== null);
    throw new Error(
      `${where}: ${why}${next ? ` (at line ${next.line}: "${next.text.slice(0, 20)}")` : ""}`,
    );
  };
  const skipBlanks = (): void => {
    while (at < items.length && items[at] === null) at++;
  };
  const paragraph = (): { frags: Fragment[]; atSpace: boolean } => {
    skipBlanks();
    const frags: Fragment[] = [];
    while (at < items.length && items[at] !== null) {
      const f = items[at++] as Fragment;
      frags.push(f);
      if (f.endsAtSpace) return { frags, atSpace: true };
    }
    return { frags, atSpace: false };
  };
  /** Lines of at most `width` characters; FY2020's wrap across blank lines (966–972). */
  const shortRun = (width: number, acrossBlanks: boolean): Fragment[] => {
    const frags: Fragment[] = [];
    for (;;) {
      let look = at;
      if (acrossBlanks || frags.length === 0)
        while (look < items.length && items[look] === null) look++;
      const f = items[look];
      if (!f || [...f.text].length > width) return frags;
      frags.push(f);
      at = look + 1;
      if (f.endsAtSpace) return frags;
    }
  };
  /** `width` null: the column never wraps, each line stays a line. */
  const toCell = (frags: readonly Fragment[], width: number | null): Cell => {
    if (frags.length === 0) return { text: null, lines: null, curated: false };
    const lineNos = frags.map((f) => f.line);
    return {
      text:
        width === null
          ? frags.map((f) => f.text).join("\n")
          : joinColumnLines(
              frags.map((f) => f.printed),
              width,
            ),
      lines: [Math.min(...lineNos), Math.max(...lineNos)],
      curated: false,
    };
  };

  const years: Cell[][] = [];
  for (const year of [0, 1]) {
    const cells: Cell[] = [];
    const widths = COLUMN_WIDTHS[year] as Readonly<Record<CellField, number | null>>;
    for (const field of CELL_FIELDS) {
      const curatedLines = curated.get(`${year}.${field}`);
      if (curatedLines) {
        cells.push({ text: null, lines: curatedLines, curated: true });
        continue;
      }
      if (field === "achievement") {
        const run = year === 0 ? shortRun(6, true) : shortRun(18, false);
        cells.push(toCell(run, widths.achievement));
        continue;
      }
      const { frags, atSpace } = paragraph();
      if (frags.length === 0) fail(`FY${2020 + year} ${field}: no text left`);
      const text = frags.map((f) => f.text).join("");
      if (atSpace && !(field === "assessment" && /(?:。|^[－-])$/u.test(text))) {
        fail(`FY${2020 + year} ${field} ends at a space: cannot tell where the cell ends`);
      }
      cells.push(toCell(frags, widths[field]));
    }
    years.push(cells);
  }
  skipBlanks();
  if (at < items.length) fail("text left after the FY2021 next plan");
  return years;
}
