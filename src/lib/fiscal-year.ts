/**
 * Japanese fiscal years (April–March), stored as the Gregorian year they start in.
 * 平成31年度 = 令和元年度 = 2019; 令和５年度 = 2023; 平成30年度 = 2018.
 */

const ERA_START: Readonly<Record<string, number>> = {
  昭和: 1926,
  平成: 1989,
  令和: 2019,
};

/** Last year number each era reached (平成31 is April 2019; 昭和64 is January 1989). */
const ERA_LAST_YEAR: Readonly<Record<string, number>> = { 昭和: 64, 平成: 31 };

export type Era = "昭和" | "平成" | "令和";

const ERA_YEAR = /(昭和|平成|令和)\s*(元|[0-9０-９]{1,2})\s*年/u;

function digitsToNumber(text: string): number {
  return Number(text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
}

/** Gregorian start year of `era` year `n` (元 = 1). Throws on a year the era never had. */
export function eraToGregorian(era: Era, n: number): number {
  const start = ERA_START[era];
  if (start === undefined || !Number.isInteger(n) || n < 1) {
    throw new RangeError(`not an era year: ${era}${n}`);
  }
  const last = ERA_LAST_YEAR[era];
  if (last !== undefined && n > last) throw new RangeError(`${era} has no year ${n}`);
  return start + n - 1;
}

/**
 * Parse the first era year in a label: `令和５年度`, `平成31（令和元）年度実績`, `令和７年度9月末`,
 * `R5`, full-width digits. Returns the Gregorian fiscal year, or null when there is none.
 * A dual label such as 平成31（令和元）年度 must name the same year twice, else it throws.
 */
export function parseFiscalYear(label: string): number | null {
  const dual =
    /(平成|令和)\s*(元|[0-9０-９]{1,2})\s*[（(]\s*(平成|令和)\s*(元|[0-9０-９]{1,2})\s*[）)]\s*年/u.exec(
      label,
    );
  if (dual) {
    const a = toYear(dual[1] as Era, dual[2] as string);
    const b = toYear(dual[3] as Era, dual[4] as string);
    if (a !== b) throw new RangeError(`dual era label names two years: ${label}`);
    return a;
  }
  const m = ERA_YEAR.exec(label);
  if (m) return toYear(m[1] as Era, m[2] as string);
  const short = /(?:^|[^A-Za-z])([HRＨＲ])\s*([0-9０-９]{1,2})(?![0-9０-９])/u.exec(label);
  if (short) {
    const era: Era = /[HＨ]/u.test(short[1] as string) ? "平成" : "令和";
    return eraToGregorian(era, digitsToNumber(short[2] as string));
  }
  return null;
}

function toYear(era: Era, n: string): number {
  return eraToGregorian(era, n === "元" ? 1 : digitsToNumber(n));
}

/** The era name and year of a Gregorian fiscal year, e.g. 2019 → { era: 令和, year: 1 }. */
export function gregorianToEra(fiscalYear: number): { era: Era; year: number } {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1926) {
    throw new RangeError(`fiscal year out of range: ${fiscalYear}`);
  }
  // A fiscal year starts in April, after each era change in our range (平成 began 1989-01-08,
  // 令和 2019-05-01): FY2019 is printed both 平成31年度 and 令和元年度; we name the newer era.
  if (fiscalYear >= 2019) return { era: "令和", year: fiscalYear - 2018 };
  if (fiscalYear >= 1989) return { era: "平成", year: fiscalYear - 1988 };
  return { era: "昭和", year: fiscalYear - 1925 };
}

/** Label shown on pages: `令和5年度（2023年度）`, `令和元年度（2019年度）`. */
export function formatFiscalYear(fiscalYear: number): string {
  const { era, year } = gregorianToEra(fiscalYear);
  return `${era}${year === 1 ? "元" : year}年度（${fiscalYear}年度）`;
}

/** Short label for tables and charts: `R5`, `R元`… as `2023`. */
export function formatFiscalYearShort(fiscalYear: number): string {
  const { era, year } = gregorianToEra(fiscalYear);
  return `${era}${year === 1 ? "元" : year}`;
}
