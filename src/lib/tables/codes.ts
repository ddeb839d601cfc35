/**
 * Printed codes versus codes this site assigned. A reader must be able to tell "41ウ" (printed in
 * the report, with its sub-letter) from "j2-1" (made up here because the report prints no number).
 */
import type { Measure } from "../../schemas/measure.ts";
import { formatCode } from "../format.ts";

/** The data marks each code the site assigned because the report prints none (codeAssigned). */
export function isSiteAssignedCode(measure: Measure): boolean {
  return measure.codeAssigned;
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
