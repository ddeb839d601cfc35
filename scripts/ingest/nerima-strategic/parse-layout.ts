/**
 * The parts of the Nerima strategic-plan layout that a rule reads reliably: heading lines and
 * 事業実施課 lines. Curated records cite these lines; the ingester re-reads them with these rules
 * and refuses a record whose heading or department text differs from the print.
 */
import { toHalfWidth, trimLine } from "../../../src/lib/normalize.ts";

export interface Heading {
  /** Half-width number: `１　…` → "1", `(3)…` → "3". */
  number: string;
  /** Title without the ★ mark, footnote marks (※1) and the 【再掲】 label. */
  title: string;
  starred: boolean;
  kind: "見出し" | "小見出し";
}

const NUMBERED = /^([0-9０-９]+)[\s\u3000]+(.+)$/u;
const PARENTHESISED = /^[(（]([0-9０-９]+)[)）][\s\u3000]*(.+)$/u;
/** Trailing marks printed after a heading title: ★, 【再掲】, a footnote mark ※1/※１. */
const TRAILING_MARKS = /(?:[\s\u3000]*(?:★|【再掲】|※[0-9０-９]+))+[\s\u3000]*$/u;

/** Read a numbered heading (`１　重度障害者への支援の充実`) or sub-heading (`(1)住まいの確保`). */
export function parseHeadingLine(line: string): Heading | null {
  const text = trimLine(line);
  const starred = text.includes("★");
  const numbered = NUMBERED.exec(text);
  const parenthesised = PARENTHESISED.exec(text);
  const match = parenthesised ?? numbered;
  if (!match) return null;
  const title = trimLine((match[2] as string).replace(TRAILING_MARKS, ""));
  if (title === "") return null;
  return {
    number: toHalfWidth(match[1] as string),
    title,
    starred,
    kind: parenthesised ? "小見出し" : "見出し",
  };
}

export interface DepartmentLines {
  /** The 部 names, one per printed line, joined with "\n"; null when none is printed. */
  division: string | null;
  /** The 課 names in print order, split on 、. */
  names: string[];
}

const LABEL = /^.*事\s*業\s*実\s*施\s*課\s*[：:]/u;
const DIVISION_AND_SECTIONS = /^(\S+?部)\s+(.+)$/u;

/**
 * Read 事業実施課 lines: `事 業 実 施 課 ： 　福祉部　障害者施策推進課、障害者サービス調整担当課`.
 * The label may sit on its own line; a line with no `部 課` split (001:1409, a description of
 * several divisions) is one department as printed.
 */
export function parseDepartmentLines(lines: readonly string[]): DepartmentLines {
  const divisions: string[] = [];
  const names: string[] = [];
  for (const raw of lines) {
    const text = trimLine(raw.replace(LABEL, ""));
    if (text === "") continue;
    const match = DIVISION_AND_SECTIONS.exec(text);
    if (!match) {
      names.push(text);
      continue;
    }
    const division = match[1] as string;
    if (!divisions.includes(division)) divisions.push(division);
    for (const name of (match[2] as string).split("、")) {
      const trimmed = trimLine(name);
      if (trimmed !== "") names.push(trimmed);
    }
  }
  return { division: divisions.length > 0 ? divisions.join("\n") : null, names };
}
