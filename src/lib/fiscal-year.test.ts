import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  eraToGregorian,
  formatFiscalYear,
  gregorianToEra,
  parseFiscalYear,
} from "./fiscal-year.ts";

describe("parseFiscalYear", () => {
  it.each([
    ["令和５年度", 2023],
    ["令和5年度", 2023],
    ["平成31年度", 2019],
    ["令和元年度", 2019],
    ["平成31（令和元）年度実績", 2019],
    ["平成31(令和元)年度", 2019],
    ["平成30年度 - 平成31年度の取組", 2018],
    ["令和７年度9月末", 2025],
    ["取組進捗状況（令和7年9月末まで）", 2025],
    ["今後（令和３年度以降）の実施計画", 2021],
    ["令和６年度予定", 2024],
    ["令和８年度目標", 2026],
    ["Ｒ５", 2023],
    ["H30", 2018],
  ])("%s → %i", (label, year) => {
    expect(parseFiscalYear(label)).toBe(year);
  });

  it("returns null when a label names no era year", () => {
    expect(parseFiscalYear("年度別実施内容")).toBeNull();
    expect(parseFiscalYear("31年度目標")).toBeNull();
  });

  it("refuses a dual label that names two different years", () => {
    expect(() => parseFiscalYear("平成30（令和元）年度")).toThrow(/two years/);
  });

  it("refuses a year the era never had", () => {
    expect(() => parseFiscalYear("平成32年度")).toThrow(/平成 has no year 32/);
  });
});

describe("eraToGregorian", () => {
  it.each([
    ["平成", 1, 1989],
    ["平成", 26, 2014],
    ["令和", 1, 2019],
    ["令和", 7, 2025],
  ] as const)("%s%i → %i", (era, n, year) => {
    expect(eraToGregorian(era, n)).toBe(year);
  });
});

describe("gregorianToEra / formatFiscalYear", () => {
  it("names FY2019 by the newer era", () => {
    expect(formatFiscalYear(2019)).toBe("令和元年度（2019年度）");
    expect(formatFiscalYear(2023)).toBe("令和5年度（2023年度）");
    expect(formatFiscalYear(2018)).toBe("平成30年度（2018年度）");
  });

  it("round-trips every fiscal year through its printed label", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1989, max: 2100 }), (fy) => {
        const { era, year } = gregorianToEra(fy);
        const fullWidth = String(year).replace(/\d/g, (d) =>
          String.fromCharCode(0xff10 + Number(d)),
        );
        return (
          parseFiscalYear(`${era}${year === 1 ? "元" : year}年度`) === fy &&
          parseFiscalYear(`${era}${fullWidth}年度`) === fy
        );
      }),
    );
  });
});
