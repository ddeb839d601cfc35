/**
 * A tidy table as CSV and as its JSON twin. CSV: UTF-8 with a BOM (Excel opens it as UTF-8),
 * RFC 4180 quoting, CRLF between records, header of machine names; null is an empty cell (no
 * text value is ever empty), booleans are `true`/`false`. JSON: an array of row objects, one per
 * line, with the same values typed.
 */
import { stringify } from "csv-stringify/sync";
import type { AnyRow } from "./build.ts";
import { listColumns, type TableName } from "./definitions.ts";

export const CSV_BOM = "\ufeff";

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return String(value);
}

export function tableToCsv(name: TableName, rows: readonly AnyRow[]): string {
  const columns = listColumns(name);
  const records = rows.map((row) =>
    columns.map((c) => formatCell((row as Record<string, unknown>)[c])),
  );
  // csv-stringify quotes a value that contains the record delimiter (CRLF), not one with a lone
  // LF; pandas, R and Python's csv end a record at a lone LF, so any CR or LF forces quotes.
  return `${CSV_BOM}${stringify([columns, ...records], {
    record_delimiter: "\r\n",
    quoted_match: /[\r\n]/,
  })}`;
}

export function tableToJson(rows: readonly AnyRow[]): string {
  return rows.length === 0 ? "[]\n" : `[\n${rows.map((r) => JSON.stringify(r)).join(",\n")}\n]\n`;
}
