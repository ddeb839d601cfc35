/**
 * Synthetic municipalities for the scale benchmark (never published, never committed): copies
 * of the real plans under new municipality ids, with the real text recombined between measures
 * of the same plan, so pages, search index and downloads grow like a bigger real site would.
 * Structure (codes, headings, years, grades, source lines) stays the donor measure's own.
 */
import { computeCheckDigit } from "../../src/lib/tables/local-government-code.ts";
import type { Measure } from "../../src/schemas/measure.ts";
import type { Municipality } from "../../src/schemas/municipality.ts";
import type { PlanFile } from "../../src/schemas/plan.ts";

/** `k` as lower-case letters (a, b, … z, ba, …): municipality ids are [a-z]+. */
export function letters(k: number): string {
  let out = "";
  let n = k;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return out;
}

/** The id of the k-th copy (k ≥ 1) of a municipality. */
export function copyId(id: string, k: number): string {
  return `${id}x${letters(k)}`;
}

/**
 * A 全国地方公共団体コード for the k-th copy: 90000–99999 is no real municipality's range, and the
 * check digit is valid, since the tables stop the build on a wrong one.
 */
export function copyCode(m: Municipality, k: number): string {
  // 16 slots per k, picked by the real code: distinct for the registry's municipalities (tested).
  const firstFive = String(90000 + ((k * 16 + (Number(m.code.slice(0, 5)) % 16)) % 10000));
  return `${firstFive}${computeCheckDigit(firstFive)}`;
}

export function copyMunicipality(m: Municipality, k: number): Municipality {
  return {
    ...m,
    id: copyId(m.id, k) as Municipality["id"],
    code: copyCode(m, k),
    name: `${m.name}（合成${k}）`,
    nameEn: `${m.nameEn} synthetic ${k}`,
  };
}

function rotate<T>(list: readonly T[], i: number, by: number): T {
  return list[(i + by) % list.length] as T;
}

/**
 * The k-th copy of one plan file: each measure keeps its structure and takes its title,
 * description, goal and year texts from other measures of the plan (a different mix per k).
 */
export function copyPlanFile(file: PlanFile, k: number): PlanFile {
  const muni = copyId(file.plan.municipality, k);
  const all = file.measures;
  const reId = (id: string): string => id.replace(/^[a-z]+\//u, `${muni}/`);
  const measures = all.map((m, i): Measure => {
    const titleFrom = rotate(all, i, k);
    const textFrom = rotate(all, i, 2 * k + 1);
    const yearsFrom = rotate(all, i, 3 * k + 2);
    return {
      ...m,
      id: reId(m.id),
      url: `/${muni}${m.url.slice(m.url.indexOf("/", 1))}`,
      municipality: muni,
      title: titleFrom.title,
      description: textFrom.description ?? m.description,
      goal: textFrom.goal ?? m.goal,
      repostOf: m.repostOf === null ? null : reId(m.repostOf),
      years: m.years.map((y, j) => {
        const donor = yearsFrom.years[j] ?? yearsFrom.years[0];
        return donor
          ? {
              ...y,
              result: donor.result ?? y.result,
              assessment: donor.assessment ?? y.assessment,
              nextPlan: donor.nextPlan ?? y.nextPlan,
            }
          : y;
      }),
    };
  });
  return { ...file, plan: { ...file.plan, municipality: muni }, measures };
}
