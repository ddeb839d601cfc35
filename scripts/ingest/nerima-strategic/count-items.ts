/**
 * Independent count of the numbered 事業 of a Nerima strategic-plan source: every № line outside
 * a duplicated page copy, decoded. It never looks at the curated records.
 */
import { toHalfWidth } from "../../../src/lib/normalize.ts";
import { decodeNumberLine } from "./decode-number.ts";
import { findPageCopies, isInCopy } from "./dedupe-pages.ts";

/** `２　重層的な支援体制の強化　★`: a numbered heading (full-width digit, ideographic space). */
const NUMBERED_HEADING = /^\s*([０-９]+)\u3000/u;

/**
 * The item number a № line lost (001:1639 `№№  99  -- 年度別の取組計画`): it is taken
 * (docs/sources/nerima-strategic-plans.md#lost-item-number) from the heading order — the nearest numbered heading above the line (001:1607 `２　…` → 9-2).
 */
function itemFromHeadingAbove(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const heading = NUMBERED_HEADING.exec(lines[i] ?? "");
    if (heading) return toHalfWidth(heading[1] as string);
  }
  throw new Error(`line ${index + 1}: a № line without an item number and no heading above it`);
}

/** Codes ("7-1", "5-9") of the № lines, page copies dropped, in order of first appearance. */
export function countNumberedItems(text: string): string[] {
  const lines = text.split("\n");
  const copies = findPageCopies(lines);
  const codes: string[] = [];
  lines.forEach((line, i) => {
    if (isInCopy(copies, i + 1)) return;
    const number = decodeNumberLine(line);
    if (!number) return;
    const code = `${number.plan}-${number.item ?? itemFromHeadingAbove(lines, i)}`;
    if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}
