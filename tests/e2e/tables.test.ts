/**
 * The tidy tables as published in dist/: every CSV read back with a CSV library equals its JSON
 * twin value by value; every table fits its table schema; the data package fits the Frictionless
 * profile and describes the files beside it; keys join; the ZIP holds the same files.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join, relative } from "node:path";
import Ajv from "ajv-draft-04";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { DataPackage } from "../../src/lib/tables/datapackage.ts";
import { TABLE_NAMES, type TableName } from "../../src/lib/tables/definitions.ts";
import { buildTableSchema, type TableSchema } from "../../src/lib/tables/table-schema.ts";
import {
  castCell,
  checkForeignKeys,
  validateRows,
  type Row,
} from "../../src/lib/tables/validate.ts";
import { DIST, readDataset } from "./site.ts";

const TABLES_DIR = join(DIST, "data/tables");
const schemas = Object.fromEntries(TABLE_NAMES.map((t) => [t, buildTableSchema(t)])) as Record<
  TableName,
  TableSchema
>;
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

async function listCsv(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listCsv(full)));
    else if (entry.name.endsWith(".csv")) out.push(full);
  }
  return out.sort();
}

const tableOf = (file: string): TableName =>
  file
    .split("/")
    .pop()!
    .replace(/\.csv$/, "") as TableName;

/** A CSV's records as typed rows, by the table schema's field types (throws on a ragged row). */
function readCsvRows(text: string, schema: TableSchema): { header: string[]; rows: Row[] } {
  // Any line break outside quotes ends a record, as it does for pandas, R and Python's csv:
  // a multi-line value that is not quoted shows up as a record with the wrong column count.
  const [header = [], ...records] = parse(text, {
    bom: true,
    record_delimiter: ["\r\n", "\n", "\r"],
  }) as string[][];
  const rows = records.map((record) =>
    Object.fromEntries(
      schema.fields.map((field, i) => [field.name, castCell(field, record[i] ?? "")]),
    ),
  );
  return { header, rows };
}

let csvFiles: string[];
const bulk = {} as Record<TableName, Row[]>;

beforeAll(async () => {
  csvFiles = await listCsv(TABLES_DIR);
  for (const t of TABLE_NAMES)
    bulk[t] = JSON.parse(await readFile(join(TABLES_DIR, `${t}.json`), "utf8")) as Row[];
});

describe("tidy tables in dist/data/tables/", () => {
  it("publishes every table whole, per plan and per measure", async () => {
    const dataset = await readDataset();
    expect(csvFiles.length).toBeGreaterThan(TABLE_NAMES.length * (1 + dataset.plans.length));
    for (const m of dataset.measures)
      expect(existsSync(join(TABLES_DIR, m.id, "measures.csv")), m.id).toBe(true);
    expect(bulk.measures).toHaveLength(dataset.measures.length);
  });

  it("writes every CSV as UTF-8 with a BOM, CRLF records and the schema's header", async () => {
    const problems: string[] = [];
    for (const file of csvFiles) {
      const text = decoder.decode(await readFile(file));
      const name = relative(DIST, file);
      if (!text.startsWith("\ufeff")) problems.push(`${name}: no BOM`);
      const headerLine = text.slice(1, text.indexOf("\r\n"));
      if (headerLine !== schemas[tableOf(file)].fields.map((f) => f.name).join(","))
        problems.push(`${name}: header ${headerLine}`);
      if (!text.endsWith("\r\n")) problems.push(`${name}: last record does not end with CRLF`);
    }
    expect(problems).toEqual([]);
  });

  it("reads every CSV back (csv-parse) to the same values as its JSON twin", async () => {
    const problems: string[] = [];
    for (const file of csvFiles) {
      const schema = schemas[tableOf(file)];
      const { rows } = readCsvRows(decoder.decode(await readFile(file)), schema);
      const json = JSON.parse(await readFile(file.replace(/\.csv$/, ".json"), "utf8")) as Row[];
      if (rows.length !== json.length)
        problems.push(`${relative(DIST, file)}: ${rows.length} rows, JSON ${json.length}`);
      rows.forEach((row, i) => {
        for (const field of schema.fields) {
          if (row[field.name] !== json[i]?.[field.name])
            problems.push(
              `${relative(DIST, file)} row ${i + 1} ${field.name}: CSV ${JSON.stringify(row[field.name])}, JSON ${JSON.stringify(json[i]?.[field.name])}`,
            );
        }
      });
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("fits each table schema: types, required cells, enums, patterns, unique primary keys", async () => {
    const problems: string[] = [];
    for (const file of csvFiles) {
      const json = JSON.parse(await readFile(file.replace(/\.csv$/, ".json"), "utf8")) as Row[];
      problems.push(...validateRows(relative(DIST, file), schemas[tableOf(file)], json));
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("joins: every foreign key resolves, and no table has rows of a measure or plan that is not there", () => {
    expect(checkForeignKeys(bulk, schemas)).toEqual([]);
    const planIds = new Set(bulk.measures.map((m) => m.plan_id));
    expect(bulk.plans.filter((p) => !planIds.has(p.plan_id))).toEqual([]);
  });

  it("puts a section's grades in grades_by_section exactly when the year row says so", () => {
    const split = new Set(
      bulk.grades_by_section.map((r) => `${String(r.measure_id)}#${String(r.fiscal_year)}`),
    );
    for (const y of bulk.year_records) {
      const key = `${String(y.measure_id)}#${String(y.fiscal_year)}`;
      expect(split.has(key), key).toBe(y.grades_by_section);
      if (y.grades_by_section) expect(y.grade, key).toBeNull();
    }
  });
});

describe("data package", () => {
  let descriptor: DataPackage;
  beforeAll(async () => {
    descriptor = JSON.parse(
      await readFile(join(DIST, "data/datapackage.json"), "utf8"),
    ) as DataPackage;
  });

  it("is valid against the Frictionless Tabular Data Package profile (vendored, no network)", async () => {
    const profile = JSON.parse(
      await readFile(
        join(import.meta.dirname, "../fixtures/frictionless/tabular-data-package.json"),
        "utf8",
      ),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(profile);
    expect(validate(descriptor), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("describes the CSV files beside it: path, bytes, sha256 and the table schema", async () => {
    expect(descriptor.resources.map((r) => r.name)).toEqual([...TABLE_NAMES]);
    for (const r of descriptor.resources) {
      const bytes = await readFile(join(DIST, "data", r.path));
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
      expect(r.schema).toEqual(schemas[r.name]);
    }
    expect(descriptor.licenses.map((l) => l.name)).toEqual(["CC-BY-4.0"]);
    expect(descriptor.sources.length).toBeGreaterThan(0);
  });

  it("ships in the ZIP with the same tables, the same descriptor and a README", async () => {
    const zip = unzipSync(new Uint8Array(await readFile(join(DIST, "data/shisaku-data.zip"))));
    expect(decoder.decode(zip["datapackage.json"])).toBe(
      await readFile(join(DIST, "data/datapackage.json"), "utf8"),
    );
    expect(decoder.decode(zip["README.md"])).toContain("## ライセンス");
    for (const t of TABLE_NAMES) {
      for (const ext of ["csv", "json"]) {
        const inZip = zip[`tables/${t}.${ext}`];
        expect(inZip, `tables/${t}.${ext}`).toBeDefined();
        expect(decoder.decode(inZip)).toBe(
          decoder.decode(await readFile(join(TABLES_DIR, `${t}.${ext}`))),
        );
      }
    }
  });
});
