/**
 * Printed codes versus codes this site assigned. A reader must be able to tell "41ウ" (printed in
 * the report, with its sub-letter) from "j2-1" (made up here because the report prints no number).
 */
import type { Measure } from "../../schemas/measure.ts";
import { formatCode } from "../format.ts";

/**
 * Plans whose report prints no number for its items, so every code in them was assigned by this
 * site from the order of sections, sub-headings and rows. Akiruno's 施策別事業進行管理表 numbers
 * nothing (see the plan's coverage notes on its page): both its 1-1-3 and j2-1 codes are ours.
 * If the measure schema gains a per-measure flag for this, read it here and drop the set.
 */
const PLANS_WITH_SITE_ASSIGNED_CODES: ReadonlySet<string> = new Set(["akiruno/suicide-prevention"]);

export function isSiteAssignedCode(measure: Measure): boolean {
  return PLANS_WITH_SITE_ASSIGNED_CODES.has(`${measure.municipality}/${measure.plan}`);
}

/** The code as printed (with its sub-letter), or the site-assigned one: exactly one is set. */
export function splitCode(measure: Measure): {
  printedCode: string | null;
  siteCode: string | null;
} {
  return isSiteAssignedCode(measure)
    ? { printedCode: null, siteCode: measure.code }
    : { printedCode: formatCode(measure.code, measure.subLetter), siteCode: null };
}
