/**
 * The form text is searched in: the comparison form (NFKC, no whitespace), lower case, and
 * spelling variants folded to one form. Used for the index tokens and for queries alike, so
 * `ＤＶ` finds `DV`, `１回` finds `1回`, and `こども` finds `子ども`.
 */
import { toComparable } from "../normalize.ts";

/**
 * Spellings residents use interchangeably; each group is searched as one word. The first
 * entry is the form the others fold to. Kept short on purpose: a fold widens every query
 * that contains it, so only variants municipal documents really mix belong here.
 */
export const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ["子ども", "子供", "こども"],
  ["ひきこもり", "引きこもり", "引き籠もり", "引籠り"],
  ["障がい", "障害", "障碍"],
];

const FOLD = new Map<string, string>(
  VARIANT_GROUPS.flatMap((group) => group.map((v): [string, string] => [v, group[0] as string])),
);

/** Longest variant first, so a longer spelling wins over one it contains. */
const FOLD_PATTERN = new RegExp(
  [...FOLD.keys()].sort((a, b) => b.length - a.length).join("|"),
  "gu",
);

/** Replace every listed variant with its group's first form. */
export function foldVariants(text: string): string {
  return text.replace(FOLD_PATTERN, (m) => FOLD.get(m) ?? m);
}

/** The searchable form of a text: comparable, lower case, variants folded. */
export function toSearchKey(text: string): string {
  return foldVariants(toComparable(text).toLowerCase());
}

/** Every spelling a term may appear in on a page (for highlighting): the term if no fold applies. */
export function spellingsOf(term: string): string[] {
  const out = new Set<string>([term]);
  for (const group of VARIANT_GROUPS) {
    for (const variant of group) {
      if (!term.includes(variant)) continue;
      for (const other of group) out.add(term.split(variant).join(other));
    }
  }
  return [...out];
}
