/** HTTP responses of the table endpoints (the static build writes their bodies to files). */
import type { AnyRow } from "./build.ts";
import { tableToCsv, tableToJson } from "./csv.ts";
import type { TableName } from "./definitions.ts";
import type { TableFormat } from "./files.ts";

const TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function tableResponse(
  table: TableName,
  format: TableFormat,
  rows: readonly AnyRow[],
): Response {
  const body = format === "csv" ? tableToCsv(table, rows) : tableToJson(rows);
  return new Response(body, { headers: { "Content-Type": TYPES[format] } });
}
