/**
 * Order printed codes as a reader expects: "2" before "10", "7-2" before "7-10",
 * "1-1-3" before "j1-1" (基本施策 before 重点施策 in Akiruno's codes).
 */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

/** What a page and a citation say beside a code the site assigned (the source prints none). */
export const ASSIGNED_CODE_LABEL = "サイトで付けた番号";

/**
 * The code as a reader should see it: the printed number with its sub-letter (`41ウ`), or a
 * site-assigned code marked as such (`j4-1（サイトで付けた番号）`).
 */
export function displayCode(measure: {
  code: string;
  subLetter: string | null;
  codeAssigned: boolean;
}): string {
  const printed = measure.subLetter ? `${measure.code}${measure.subLetter}` : measure.code;
  return measure.codeAssigned ? `${printed}（${ASSIGNED_CODE_LABEL}）` : printed;
}
