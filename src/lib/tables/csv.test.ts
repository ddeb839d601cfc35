import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { BudgetRow, MeasureRow } from "../../schemas/tables.ts";
import { tableToCsv, tableToJson } from "./csv.ts";
import { listColumns } from "./definitions.ts";

const cells = { municipality_code: "131202", prefecture: "東京都", municipality_name: "練馬区" };
const budget = (over: Partial<BudgetRow>): BudgetRow => ({
  ...cells,
  measure_id: "nerima/strategic-2018/1-1",
  budget_no: 1,
  kind: "fiscal_year",
  fiscal_year: 2018,
  million_yen: 121,
  ...over,
});

describe("tableToCsv", () => {
  it("starts with a BOM, writes the header of machine names and ends records with CRLF", () => {
    const csv = tableToCsv("budgets", [budget({})]);
    expect(csv.startsWith("\ufeffmunicipality_code,prefecture,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes null as an empty cell and a total's missing year as empty", () => {
    const csv = tableToCsv("budgets", [
      budget({ kind: "total", fiscal_year: null, million_yen: 254 }),
    ]);
    expect(csv).toContain(",total,,254\r\n");
  });

  it("quotes commas, quotes and line breaks so a CSV library reads the value back unchanged", () => {
    const title = '「相談」, "窓口"\n2行目';
    const row = { title, notes: "a\nb", starred: true } as Partial<MeasureRow>;
    const csv = tableToCsv("measures", [row as MeasureRow]);
    expect(csv).toContain(`"${title.replaceAll('"', '""')}"`);
    expect(csv).toContain(',"a\nb"');
    // Any line break outside quotes ends a record here, as it does for pandas and R.
    const [header, values] = parse(csv, {
      bom: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
    expect(header).toEqual(listColumns("measures"));
    const record = Object.fromEntries((header ?? []).map((h, i) => [h, values?.[i]]));
    expect(record["title"]).toBe(title);
    expect(record["notes"]).toBe("a\nb");
    expect(record["starred"]).toBe("true");
    expect(record["goal"]).toBe("");
  });
});

describe("tableToJson", () => {
  it("writes one row object per line that parses back to the same rows", () => {
    const rows = [budget({}), budget({ budget_no: 2, fiscal_year: 2019, million_yen: 133 })];
    const json = tableToJson(rows);
    expect(json.split("\n")).toHaveLength(5);
    expect(JSON.parse(json)).toEqual(rows);
    expect(tableToJson([])).toBe("[]\n");
  });
});
