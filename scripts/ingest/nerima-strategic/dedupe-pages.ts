/**
 * 001 holds 12 verbatim copies of printed pages (docs/sources/nerima-strategic-plans.md#page-copies):
 * the text comes as X, Y, X′
 * where X′ repeats page X line for line. The only difference is the first line: a PDF page starts
 * with one leading ASCII space (the form feed), which the copy lacks. Lines inside a copy are
 * never data.
 */

export interface PageCopy {
  /** 1-based inclusive lines of the original page. */
  original: [number, number];
  /** 1-based inclusive lines of its verbatim copy. */
  copy: [number, number];
}

/** Shorter repeats are coincidence (a repost row, a run of ★ lines), not page copies. */
const MIN_COPY_LINES = 20;

const PAGE_START = /^ \S/u;
/**
 * A line a page copy can end before: the next page's first line (one leading space), or the end
 * of the text (an empty last element is the final newline).
 */
function isPageBoundary(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  if (line === undefined || (line === "" && index === lines.length - 1)) return true;
  return /^ (?! )/u.test(line);
}

/** Find every verbatim copy of a page in the text's lines. */
export function findPageCopies(lines: readonly string[]): PageCopy[] {
  const copies: PageCopy[] = [];
  const insideCopy = (i: number): boolean =>
    copies.some(({ copy: [from, to] }) => i + 1 >= from && i + 1 <= to);
  lines.forEach((line, i) => {
    if (!PAGE_START.test(line) || insideCopy(i)) return;
    const firstLine = line.slice(1);
    let best = { start: -1, length: 0 };
    for (let j = i + 1; j < lines.length; j++) {
      if (lines[j] !== firstLine) continue;
      let length = 1;
      while (
        i + length < j &&
        j + length < lines.length &&
        lines[i + length] === lines[j + length]
      ) {
        length++;
      }
      // A copy is whole pages: when the next unit starts like the page after X (001: both 2110 and
      // 2199 are ` ★`), the match runs on past the copy's end, so cut it back to a page boundary.
      while (length > 0 && !isPageBoundary(lines, j + length)) length--;
      if (length > best.length) best = { start: j, length };
    }
    if (best.length >= MIN_COPY_LINES) {
      copies.push({
        original: [i + 1, i + best.length],
        copy: [best.start + 1, best.start + best.length],
      });
    }
  });
  return copies;
}

/** Is 1-based line `line` inside one of the copies? */
export function isInCopy(copies: readonly PageCopy[], line: number): boolean {
  return copies.some(({ copy: [from, to] }) => line >= from && line <= to);
}
