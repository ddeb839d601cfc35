/**
 * Layout rules for あきる野市 施策別事業進行管理表 (003_914f02806d01f868.txt): docs/sources/akiruno.md.
 * The file is HTML/markdown turned into text: one tab-separated line per table row, plus three
 * rows (基本施策4 lines 106–112, 重点施策2 lines 163–177) that lost their tabs and stand as four
 * blank-separated lines. This module turns lines into rows with their section and sub-heading.
 */
import { collapseSpaces, trimLine } from "../../../src/lib/normalize.ts";

/** A 基本施策 / 重点施策 heading: the number as printed (ASCII here), its title and its line. */
export interface Section {
  kind: "基本施策" | "重点施策";
  number: string;
  title: string;
  line: number;
}

/** A ①②③ sub-heading inside a 基本施策 table. */
export interface SubHeading {
  mark: string;
  /** ① = 1, ② = 2 … */
  index: number;
  title: string;
  line: number;
}

/** One 取組項目 row: its four cells as printed (HTML removed) and the lines each came from. */
export interface Row {
  section: Section;
  sub: SubHeading | null;
  /** 1-based position of the row inside its sub-heading (or section, for 重点施策). */
  ordinal: number;
  title: string;
  departments: string[];
  content: string;
  progress: string;
  lines: { title: number; departments: number; content: number; progress: number };
}

/** `基本施策 1 …`, `### 基本施策 1 …`, `基本施策5 …\t<intro>` (line 114), `重点施策 1 …\t担当課…`. */
const HEADING = /^(?:#+\s*)?(基本施策|重点施策)\s?([1-9])\s(.+?)(?:\t.*)?$/u;
/** `<b>①…</b>\t\t\t` (14, 17, 23), `①…\t\t\t`, or a bare `①…` line (104). */
const SUB_HEADING = /^(?:<b>)?([①-⑨])(.+?)(?:<\/b>)?(?:\t+)?$/u;
/** Header cells, in a tab row or broken onto their own lines (96–102, 157–161). */
const HEADER_WORDS = new Set([
  "取組項目",
  "会議名",
  "担当課",
  "内容",
  "取組進捗状況（令和7年9月末まで）",
]);
/**
 * Lines that carry no row: the document title (3), markdown section labels (9, 144), orphan
 * caption words (33, 54, 92, 117, 129, 153, 189; 179 is `重点施策\t\t\t`), the table
 * separator residue `------------------\t--` (115).
 */
const DEBRIS = /^(?:#\s.*|##\s*(?:基本施策|重点施策)|(?:基本施策|重点施策)\t*|-+\t-+)$/u;

/**
 * A cell as a reader should see it: `<b>` dropped; a `<ul><li>` list (lines 140, 196) becomes
 * one line per item; ASCII space runs collapsed. Any other tag is an error, not a guess.
 */
export function cleanCell(raw: string): string {
  let text = raw;
  if (/<li>/u.test(text)) {
    const items = [...text.matchAll(/<li>(.*?)<\/li>/gu)].map((m) =>
      collapseSpaces(trimLine(m[1] ?? "")),
    );
    text = items.join("\n");
  } else {
    text = collapseSpaces(trimLine(text.replace(/<\/?b>/gu, "")));
  }
  if (/<[^>]+>/u.test(text)) throw new Error(`unexpected HTML left in cell: ${text.slice(0, 60)}`);
  return text;
}

/** 担当課 as printed; `健康課／福祉総務課` (108, 123) names two sections. */
export function splitDepartments(cell: string): string[] {
  return cell.split("／").map((d) => d.trim());
}

/**
 * Every 取組項目 row of the document in order. A section's title is its table caption: the
 * last heading with that number before the table (the intro heading above it words 4/5/6
 * differently, docs/sources/akiruno.md#two-titles-per-section). Throws, naming the line, on
 * anything it cannot place.
 */
export function readRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let section: Section | null = null;
  let sub: SubHeading | null = null;
  let inTable = false;
  let ordinal = 0;
  let broken: { text: string; line: number }[] = [];
  const fail = (line: number, why: string): never => {
    throw new Error(`003_914f02806d01f868.txt line ${line}: ${why}`);
  };
  const flushBroken = (at: number): void => {
    if (broken.length > 0) fail(at, `a row without tabs has ${broken.length} of its 4 lines`);
  };
  const addRow = (cells: { text: string; line: number }[]): void => {
    const [title, dept, content, progress] = cells;
    if (!section || !title || !dept || !content || !progress)
      return fail(cells[0]?.line ?? 0, "incomplete row");
    if (section.kind === "基本施策" && !sub)
      fail(title.line, "a 基本施策 row before any ①②③ sub-heading");
    ordinal += 1;
    rows.push({
      section,
      sub,
      ordinal,
      title: cleanCell(title.text),
      departments: splitDepartments(cleanCell(dept.text)),
      content: cleanCell(content.text),
      progress: cleanCell(progress.text),
      lines: {
        title: title.line,
        departments: dept.line,
        content: content.line,
        progress: progress.line,
      },
    });
  };

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = trimLine(raw);
    if (line === "") return;
    const heading = HEADING.exec(line);
    if (heading) {
      flushBroken(n);
      const [, kind, number, title] = heading as unknown as [
        string,
        Section["kind"],
        string,
        string,
      ];
      if (!section || section.kind !== kind || section.number !== number) {
        if (section && section.kind === kind && Number(number) !== Number(section.number) + 1) {
          fail(n, `${kind} ${number} follows ${kind} ${section.number}`);
        }
        section = { kind, number, title: trimLine(title), line: n };
        sub = null;
        ordinal = 0;
      } else if (rows.some((r) => r.section === section)) {
        fail(n, `a second ${kind} ${number} heading after its rows`);
      } else {
        // The table caption follows the intro heading: it is the canonical title.
        section = { kind, number, title: trimLine(title), line: n };
      }
      // 重点施策 1/3/4 print the caption as the first cell of the header row (146, 180, 191).
      inTable = raw.includes("\t担当課\t");
      return;
    }
    if (DEBRIS.test(line)) return;
    const cells = raw.split("\t");
    if (cells.length === 1 && HEADER_WORDS.has(line)) {
      inTable = true;
      return;
    }
    if (
      cells.length > 1 &&
      HEADER_WORDS.has(trimLine(cells[0] ?? "")) &&
      trimLine(cells[1] ?? "") === "担当課"
    ) {
      inTable = true;
      return;
    }
    const subHeading = SUB_HEADING.exec(line);
    if (subHeading && cells.slice(1).every((c) => trimLine(c) === "")) {
      flushBroken(n);
      const [, mark, title] = subHeading as unknown as [string, string, string];
      sub = { mark, index: mark.codePointAt(0)! - 0x2460 + 1, title: trimLine(title), line: n };
      ordinal = 0;
      return;
    }
    if (!inTable) {
      // Between a heading and its table: the section's intro paragraph (7, 30–31, 51–52, 90, 127).
      if (cells.length > 1) fail(n, "a tab row outside a table");
      return;
    }
    if (cells.length === 4) {
      flushBroken(n);
      if (trimLine(cells[1] ?? "") === "") fail(n, "a row with an empty 担当課");
      addRow(cells.map((text) => ({ text, line: n })));
      return;
    }
    if (cells.length !== 1) fail(n, `a row with ${cells.length} tab-separated cells`);
    // A row that left tab form: four blank-separated lines, title / 担当課 / 内容 / 進捗.
    broken.push({ text: raw, line: n });
    if (broken.length === 4) {
      addRow(broken);
      broken = [];
    }
  });
  flushBroken(lines.length);
  return rows;
}
