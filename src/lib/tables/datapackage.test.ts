import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTables, type Tables } from "./build.ts";
import { tableToCsv } from "./csv.ts";
import { buildDataPackage, describeSource, type DataPackage } from "./datapackage.ts";
import { TABLE_NAMES, type TableName } from "./definitions.ts";
import { readTableInput } from "./read-input.ts";

const profile = JSON.parse(
  readFileSync("tests/fixtures/frictionless/tabular-data-package.json", "utf8"),
) as object;

let tables: Tables;
let pkg: DataPackage;
beforeAll(async () => {
  tables = buildTables(await readTableInput("data"));
  const csv = Object.fromEntries(TABLE_NAMES.map((t) => [t, tableToCsv(t, tables[t])])) as Record<
    TableName,
    string
  >;
  pkg = buildDataPackage({
    csv,
    sources: [
      describeSource(
        {
          file: "000_7f5aa4348ad65687.txt",
          municipality: "nerima",
          title: "練馬区自殺対策計画〔第１次〕の取組状況詳細",
          publisher: "練馬区健康部",
          date: "2025-01-28",
          period: "…",
          lineCount: 1,
          sha256: "0".repeat(64),
          debrisLines: [],
          publication: null,
        },
        "練馬区",
      ),
    ],
    municipalityNames: ["練馬区", "小金井市", "あきる野市"],
  });
});

describe("buildDataPackage", () => {
  it("is valid against the Frictionless Tabular Data Package profile", () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(profile);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("fails the profile when a resource loses its schema (the check can fail)", () => {
    const ajv = new Ajv({ strict: false });
    const { schema: _schema, ...bare } = pkg.resources[0]!;
    expect(ajv.validate(profile, { ...pkg, resources: [bare] })).toBe(false);
  });

  it("describes every table with its path, size, hash and keys, under CC BY 4.0", () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(TABLE_NAMES.map((t) => `tables/${t}.csv`));
    const years = pkg.resources.find((r) => r.name === "year_records")!;
    expect(years.schema.primaryKey).toEqual(["measure_id", "fiscal_year"]);
    expect(years.schema.foreignKeys?.[0]?.reference).toEqual({
      resource: "measures",
      fields: ["measure_id"],
    });
    expect(years.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(years.bytes).toBe(Buffer.byteLength(tableToCsv("year_records", tables.year_records)));
    expect(pkg.licenses[0]?.name).toBe("CC-BY-4.0");
  });

  it("cites a source as printed, saying when publisher or date are not printed", () => {
    expect(pkg.sources[0]?.title).toBe(
      "練馬区「練馬区自殺対策計画〔第１次〕の取組状況詳細」（練馬区健康部、2025-01-28）原資料ファイル 000_7f5aa4348ad65687.txt",
    );
  });
});
