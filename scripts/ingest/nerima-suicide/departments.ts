/**
 * 担当課 (responsible sections) at the end of each measure
 * (docs/sources/nerima-suicide-plan.md#department-cells). Names wrap across lines,
 * stand one per line, are glued to the last plan line after a space, or run together
 * (`教育指導課学校` / `教育支援セン` / `ター`). A dictionary of the 26 names printed in this source
 * splits and joins them; nothing outside the dictionary is ever taken as a department.
 */
import { toComparable } from "../../../src/lib/normalize.ts";

export const DEPARTMENTS: readonly string[] = [
  "保健相談所",
  "保健予防課",
  "学校教育支援センター",
  "生活福祉課",
  "高齢者支援課",
  "福祉部管理課",
  "教育指導課",
  "子ども家庭支援センター",
  "高齢社会対策課",
  "健康推進課",
  "青少年課",
  "人権・男女共同参画課",
  "広聴広報課",
  "子育て支援課",
  "総合福祉事務所",
  "地域振興課",
  "在宅育児支援担当課",
  "障害者サービス調整担当課",
  "光が丘図書館",
  "こども施策企画課",
  "障害者施策推進課",
  "協働推進課",
  "戸籍住民課",
  "収納課",
  "経済課",
  "保育課",
];

/** Split `text` into dictionary names, or null when it is not exactly a run of names. */
export function splitDepartmentNames(text: string): string[] | null {
  const target = toComparable(text);
  if (target === "") return null;
  const memo = new Map<number, string[] | null>();
  const from = (pos: number): string[] | null => {
    if (pos === target.length) return [];
    if (memo.has(pos)) return memo.get(pos) ?? null;
    let found: string[] | null = null;
    for (const name of DEPARTMENTS) {
      if (target.startsWith(toComparable(name), pos)) {
        const rest = from(pos + toComparable(name).length);
        if (rest) {
          found = [name, ...rest];
          break;
        }
      }
    }
    memo.set(pos, found);
    return found;
  };
  return from(0);
}

/** A piece of text on one line (a line split on ASCII spaces). */
export interface Piece {
  line: number;
  text: string;
}

export interface DepartmentTail {
  names: string[];
  /** Index of the first piece that belongs to the 担当課 cell. */
  start: number;
  lines: [number, number];
}

/**
 * The 担当課 cell: the longest run of trailing pieces whose joined text is exactly a sequence of
 * dictionary names. Looks back at most `maxPieces` pieces.
 */
export function findDepartmentTail(pieces: readonly Piece[], maxPieces = 8): DepartmentTail | null {
  let best: DepartmentTail | null = null;
  let joined = "";
  for (let i = pieces.length - 1; i >= 0 && i >= pieces.length - maxPieces; i--) {
    const piece = pieces[i] as Piece;
    joined = piece.text + joined;
    const names = splitDepartmentNames(joined);
    if (names) best = { names, start: i, lines: [piece.line, (pieces.at(-1) as Piece).line] };
  }
  return best;
}
