/**
 * The item-number lines of the Nerima strategic plans. In 001 the bold font doubled every glyph:
 * `№№  77  --  1100 年度別の取組計画` is № 7-10, `№№  55  --  99のの再再掲掲` is № 5-9の再掲.
 * One line (001:1639, `№№  99  -- 年度別の取組計画`) lost its item number; `item` is then null.
 * 004 prints the number plainly: `No. 1-2`.
 */

export interface ItemNumber {
  /** 戦略計画 number, half-width ("7", "10"). */
  plan: string;
  /** Item number within the plan, or null when the line lost it. */
  item: string | null;
  /** The line says `の再掲`: the item is printed again from another plan. */
  repost: boolean;
}

/** `7711` → `71`; null unless every glyph is printed exactly twice in a row. */
export function undouble(text: string): string | null {
  const chars = [...text];
  if (chars.length === 0 || chars.length % 2 !== 0) return null;
  let out = "";
  for (let i = 0; i < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) return null;
    out += chars[i];
  }
  return out;
}

const DOUBLED_LINE = /^\s*№№\s+(\S+)\s+--\s*(\S*)/u;
const PLAIN_LINE = /^\s*No\.\s*([0-9]+)-([0-9]+)\s*$/u;

/** Decode one line; null when it is not an item-number line. */
export function decodeNumberLine(line: string): ItemNumber | null {
  const plain = PLAIN_LINE.exec(line);
  if (plain) return { plan: plain[1] as string, item: plain[2] as string, repost: false };
  const doubled = DOUBLED_LINE.exec(line);
  if (!doubled) return null;
  const plan = undouble(doubled[1] as string);
  if (plan === null || !/^[0-9]+$/.test(plan)) return null;
  const rest = undouble(doubled[2] as string);
  const item = rest === null ? null : /^([0-9]+)(の再掲)?$/u.exec(rest);
  if (!item) return { plan, item: null, repost: false };
  return { plan, item: item[1] as string, repost: item[2] !== undefined };
}

/** "7-10", or "9-" when the item number is missing. */
export function formatItemNumber(number: ItemNumber): string {
  return `${number.plan}-${number.item ?? ""}`;
}
