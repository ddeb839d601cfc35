/**
 * /data/datapackage.json: a Frictionless Tabular Data Package (v1 profile) describing every
 * tidy table with its table schema, keys, size and hash, the source documents and the licence.
 * Paths are relative to the descriptor, so the same descriptor works on the site (/data/) and
 * at the root of the ZIP.
 */
import { createHash } from "node:crypto";
import type { SourceManifestEntry } from "../../schemas/source.ts";
import { DATASET_LICENSE } from "../dataset-meta.ts";
import { readMeta, TABLE_NAMES, TABLES, type TableName } from "./definitions.ts";
import { buildTableSchema, type TableSchema } from "./table-schema.ts";

/**
 * The licence of the normalized dataset (the tables and JSON this site publishes), as the
 * Frictionless `licenses` entry. Each source document's own terms of reuse are the
 * municipality's and are listed with the source where the manifest records them.
 */
export const PACKAGE_LICENSE = {
  name: DATASET_LICENSE.id,
  path: DATASET_LICENSE.url,
  title: DATASET_LICENSE.name,
} as const;

export const DATA_PACKAGE_NAME = "shisaku";

export interface PackageSource {
  title: string;
  path?: string;
}

export interface PackageResource {
  name: TableName;
  path: string;
  profile: "tabular-data-resource";
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  dialect: {
    delimiter: ",";
    lineTerminator: "\r\n";
    quoteChar: '"';
    doubleQuote: true;
    header: true;
  };
  schema: TableSchema;
}

export interface DataPackage {
  profile: "tabular-data-package";
  name: string;
  title: string;
  description: string;
  homepage?: string;
  /** The data version (date + short content hash), as in /data/measures.json. */
  version?: string;
  keywords: string[];
  licenses: { name: string; path: string; title: string }[];
  sources: PackageSource[];
  resources: PackageResource[];
}

/** The relative path of a table's CSV inside the package. */
export const resourcePath = (table: TableName): string => `tables/${table}.csv`;

/** A source document as the package cites it: who published what and when, as printed. */
export function describeSource(
  entry: SourceManifestEntry,
  municipalityName: string,
): PackageSource {
  const by = [entry.publisher ?? "発行者の記載なし", entry.date ?? "発行日の記載なし"].join("、");
  const title = `${municipalityName}「${entry.title}」（${by}）原資料ファイル ${entry.file}`;
  const url = entry.publication?.url;
  return url ? { title, path: url } : { title };
}

export interface DataPackageInput {
  csv: Readonly<Record<TableName, string>>;
  sources: readonly PackageSource[];
  municipalityNames: readonly string[];
  /** Absolute URL of /data/, when the site's origin is known. */
  homepage?: string;
  version?: string;
}

export function buildDataPackage(input: DataPackageInput): DataPackage {
  return {
    profile: "tabular-data-package",
    name: DATA_PACKAGE_NAME,
    title: `施策（shisaku）自治体の計画の進捗データ（${input.municipalityNames.join("・")}）`,
    description:
      "自治体が公表した計画の進捗報告（施策ごとの実績・評価・達成度・指標・事業費）を、1行に1つのものを載せる表にしたものです。値は原資料の文字のままで、どの施策にも原資料のファイル名と行番号が付いています。CSVはUTF-8（BOM付き）、区切りはコンマ、改行はCRLFです。各表と同じ内容のJSON（行の配列）が同じ名前の.jsonにあります。",
    ...(input.homepage ? { homepage: input.homepage } : {}),
    ...(input.version ? { version: input.version } : {}),
    keywords: ["自殺対策計画", "戦略計画", "施策", "進捗管理", "地方公共団体", "オープンデータ"],
    licenses: [{ ...PACKAGE_LICENSE }],
    sources: [...input.sources],
    resources: TABLE_NAMES.map((name) => {
      const text = input.csv[name];
      return {
        name,
        path: resourcePath(name),
        profile: "tabular-data-resource",
        ...readMeta(TABLES[name].schema),
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: Buffer.byteLength(text, "utf8"),
        hash: `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`,
        dialect: {
          delimiter: ",",
          lineTerminator: "\r\n",
          quoteChar: '"',
          doubleQuote: true,
          header: true,
        },
        schema: buildTableSchema(name),
      };
    }),
  };
}
