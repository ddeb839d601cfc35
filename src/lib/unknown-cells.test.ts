import { describe, expect, it } from "vitest";
import type { Measure, YearRecord } from "../schemas/measure.ts";
import {
  isUnknown,
  isUnknownCell,
  isUnknownIndicatorValue,
  presentCells,
  unknownCellsNote,
} from "./unknown-cells.ts";
import { measureWithYears, yearRecord } from "../../tests/fixtures/records.ts";
import { yearFieldLabels } from "./format.ts";

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

describe("isUnknown", () => {
  it("finds the cell by fiscal year, not by position", () => {
    const m = measure([year(2019), year(2020)], ["years.1.result"]);
    expect(isUnknown(m, 2020, "result")).toBe(true);
    expect(isUnknown(m, 2019, "result")).toBe(false);
    expect(isUnknown(m, 2031, "result")).toBe(false);
  });
});

const NERIMA_LABELS = { assessment: "進捗状況・課題" };

describe("unknownCellsNote", () => {
  it("lists exactly the unknown cells, so a row with a placed target is not called all blank", () => {
    const m = measureWithYears([year(2022), year(2023)], {
      municipality: "nerima",
      unknownFields: [
        "years.0.assessment",
        "indicators.0.values.0.value",
        "indicators.0.values.1.value",
        "indicators.0.values.3.value",
      ],
      indicators: [
        {
          name: "関町福祉園用地での生活介護事業所等の誘致",
          values: [
            { kind: "baseline", fiscalYear: 2023, value: null },
            { kind: "plan", fiscalYear: 2024, value: null },
            { kind: "target", fiscalYear: 2026, value: "事業者選定\n関係機関調整" },
            { kind: "total", fiscalYear: null, value: null },
          ],
        },
      ],
    });
    expect(unknownCellsNote(m, yearFieldLabels({ yearFieldLabels: NERIMA_LABELS }))).toBe(
      "資料から特定できないため不明としている欄：令和4年度（2022年度）の進捗状況・課題、行「関町福祉園用地での生活介護事業所等の誘致」の令和5年度末の現況・令和6年度・計。",
    );
  });

  it("is null when no cell is unknown", () => {
    expect(
      unknownCellsNote(measure([year(2019)]), yearFieldLabels({ yearFieldLabels: {} })),
    ).toBeNull();
  });
});
