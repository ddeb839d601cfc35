/**
 * The public view of a source file: its page address, line anchors, links to a line range, and
 * the lines as light HTML (one <li> per line; the <ol> numbers them, so a copied line carries no
 * number). Pure: callers pass the text.
 */
import type { Measure } from "../schemas/measure.ts";

/** "000_7f5aa4348ad65687.txt" → "000_7f5aa4348ad65687" (the page slug). */
export function sourceSlug(file: string): string {
  if (!/^[\w.-]+\.txt$/u.test(file)) throw new Error(`not a source file name: ${file}`);
  return file.slice(0, -".txt".length);
}

/** The page that prints every line of the source. */
export function sourcePageUrl(file: string): string {
  return `/sources/${sourceSlug(file)}/`;
}

/** The raw text, as published next to the page. */
export function sourceTextUrl(file: string): string {
  return `/sources/${sourceSlug(file)}.txt`;
}

/** Anchor id of a line: L1, L4334. */
export function lineId(n: number): string {
  return `L${n}`;
}

/**
 * Link to lines [from, to] of a source page. The fragment (#L4334) takes a reader to the first
 * line without JavaScript; `?lines=4334-4459` lets the page's script mark the whole range.
 */
export function sourceLinesHref(file: string, [from, to]: readonly [number, number]): string {
  const query = from === to ? "" : `?lines=${from}-${to}`;
  return `${sourcePageUrl(file)}${query}#${lineId(from)}`;
}

/**
 * The smallest range covering every fieldLines entry under a JSON path prefix (e.g. "years.0.",
 * "indicators.2."), or null when none is recorded there.
 */
export function fieldRange(measure: Measure, prefix: string): [number, number] | null {
  let from = Infinity;
  let to = -Infinity;
  for (const [key, [a, b]] of Object.entries(measure.fieldLines)) {
    if (!key.startsWith(prefix)) continue;
    from = Math.min(from, a);
    to = Math.max(to, b);
  }
  return Number.isFinite(from) ? [from, to] : null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Split as the data check does (a final newline ends the last line, it does not add one). */
export function splitSourceLines(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * `<li id="L1">…</li>` per line, text escaped and otherwise unchanged (trailing spaces dropped:
 * HTML would not show them). An empty line gets a no-break space so it keeps its height.
 */
export function renderSourceLines(text: string): string {
  return splitSourceLines(text)
    .map((line, i) => {
      const shown = line.trimEnd().replace(/[&<>]/gu, (c) => ESCAPES[c]!);
      return `<li id="${lineId(i + 1)}">${shown === "" ? "&nbsp;" : shown}</li>`;
    })
    .join("\n");
}
