import { describe, expect, it } from "vitest";
import type { Measure, YearRecord } from "../schemas/measure.ts";
import { isUnknownCell, isUnknownIndicatorValue, presentCells } from "./unknown-cells.ts";
import { measureWithYears, yearRecord } from "../../tests/fixtures/records.ts";

const year = yearRecord;

function measure(years: YearRecord[], unknownFields: string[] = []): Measure {
  return measureWithYears(years, { unknownFields, indicators: [] });
}

describe("isUnknownCell", () => {
  const m = measure([year(2019), year(2020)], ["years.0.assessment", "years.1.result"]);
  it("is unknown when the data records the cell as unknown", () => {
    expect(isUnknownCell(m, 0, "assessment")).toBe(true);
    expect(isUnknownCell(m, 1, "result")).toBe(true);
  });
  it("is not unknown when the source simply leaves the cell empty", () => {
    expect(isUnknownCell(m, 0, "result")).toBe(false);
    expect(isUnknownCell(m, 1, "assessment")).toBe(false);
  });
});

describe("isUnknownIndicatorValue", () => {
  it("reads the indicator cell's path", () => {
    const m = measure([], ["indicators.1.values.4.value"]);
    expect(isUnknownIndicatorValue(m, 1, 4)).toBe(true);
    expect(isUnknownIndicatorValue(m, 1, 3)).toBe(false);
  });
});

describe("presentCells", () => {
  it("lists a field for a year when any measure fills it", () => {
    const a = measure([year(2020, { result: "x" }), year(2021)]);
    const b = measure([year(2021, { achievement: "実施" })]);
    expect([...presentCells([a, b])].sort()).toEqual(["2020:result", "2021:achievement"]);
  });
});
