/**
 * The cited lines of a source file, read at build time from data/sources/ (the raw inputs,
 * unchanged). Pages show them as the excerpt behind a measure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  text: string;
}

/** A text's lines (split once; a page asks for a few of them). */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/u);
}

/** Lines [from, to] (1-based, inclusive) of a text; a range past the end is cut at the end. */
export function sliceLines(
  text: string | readonly string[],
  [from, to]: readonly [number, number],
): SourceLine[] {
  const lines = typeof text === "string" ? splitLines(text) : text;
  const out: SourceLine[] = [];
  for (let n = Math.max(1, from); n <= Math.min(to, lines.length); n++) {
    out.push({ number: n, text: lines[n - 1] ?? "" });
  }
  return out;
}

/** Each source file read and split once per build, not once per page. */
const cache = new Map<string, string[]>();

/**
 * Read `data/sources/<file>` relative to the project root. The build runs from the root
 * (npm scripts), and bundled code cannot rely on import.meta.url pointing into src/.
 */
export function readSourceLines(file: string, range: readonly [number, number]): SourceLine[] {
  if (!/^[\w.-]+$/u.test(file)) throw new Error(`not a source file name: ${file}`);
  let lines = cache.get(file);
  if (lines === undefined) {
    lines = splitLines(readFileSync(join(process.cwd(), "data", "sources", file), "utf8"));
    cache.set(file, lines);
  }
  return sliceLines(lines, range);
}
