/**
 * Independent item counter for 003_914f02806d01f868.txt (Akiruno). It shares no code with the
 * parser it checks (see counters.test.ts).
 */
import type { ItemCounter } from "../types.ts";

/**
 * Independent count (docs/sources/akiruno.md#completeness-count): a tab row with 4 cells whose 2nd cell is neither empty nor
 * `担当課`, plus each tab-less row — a line whose next non-blank line is a bare 担当課 value
 * (`…課`, `…室`, `…センター`, `…館`, joined by `／`). Codes follow the same scheme.
 */
export const countItems: ItemCounter = (text) => {
  const lines = text.split("\n").map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ""));
  const unit = "[^\\s。、\\t]+(?:課|室|センター|館)";
  const deptLine = new RegExp(`^${unit}(?:／${unit})*$`, "u");
  const codes: string[] = [];
  let kind = "";
  let section = "";
  let sub = 0;
  let k = 0;
  lines.forEach((line, i) => {
    const head = /^(?:#+\s*)?(基本施策|重点施策)\s?([1-9])\s/u.exec(line);
    if (head) {
      if (head[2] !== section || head[1] !== kind) k = 0;
      [kind, section] = [head[1] ?? "", head[2] ?? ""];
      return;
    }
    const mark = /^(?:<b>)?([①-⑨])/u.exec(line);
    if (mark) {
      sub = (mark[1] ?? "①").codePointAt(0)! - 0x2460 + 1;
      k = 0;
      return;
    }
    const cells = line.split("\t");
    const next = lines.slice(i + 1).find((l) => l !== "") ?? "";
    const isTabRow = cells.length === 4 && cells[1] !== "" && cells[1] !== "担当課";
    const isBareRow =
      cells.length === 1 &&
      line !== "" &&
      line !== "担当課" &&
      deptLine.test(next) &&
      next !== "担当課";
    if (!isTabRow && !isBareRow) return;
    k += 1;
    codes.push(kind === "重点施策" ? `j${section}-${k}` : `${section}-${sub}-${k}`);
  });
  return codes;
};
