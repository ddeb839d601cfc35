/**
 * Independent item counter for 002_7f059ffc7f93b1c5.txt (Koganei). It shares no code with the
 * parser it checks (see counters.test.ts): a bug in one cannot hide in the other.
 */
import type { ItemCounter } from "../types.ts";

/**
 * Independent count (docs/sources/koganei.md#completeness-count): a numbered title — `N　` (full-width 1–9 or ASCII 10–13, then
 * an ideographic space) at the start of a line or after the sub-policy — with a page `P.nn` on
 * that line or within the next 3 lines. Codes from the last `基本施策N` and `（s）` seen.
 */
export const countItems: ItemCounter = (text) => {
  const lines = text.split("\n");
  const digit = (d: string): string => {
    const n = "０１２３４５６７８９".indexOf(d);
    return n >= 0 ? String(n) : d;
  };
  const codes: string[] = [];
  let policy = "";
  let sub = "";
  lines.forEach((line, i) => {
    const p = /^基本施策([１-９])　/u.exec(line);
    if (p) policy = digit(p[1] ?? "");
    const s = /^（([１-９])）/u.exec(line);
    if (s) sub = digit(s[1] ?? "");
    const t = /(?:^|\s)([１-９]|1[0-3])　\S/u.exec(s ? line.replace(/^（[１-９]）\S*/u, "") : line);
    if (t && lines.slice(i, i + 4).some((l) => /P\.\d\d/u.test(l))) {
      codes.push(`${policy}-${sub}-${digit(t[1] ?? "")}`);
    }
  });
  return codes;
};
