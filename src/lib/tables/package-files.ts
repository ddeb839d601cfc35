/**
 * Every file of the data package, by its path inside the package: datapackage.json, README.md,
 * tables/{table}.csv and tables/{table}.json. /data/datapackage.json and the ZIP are both made
 * from this one set, so the descriptor's sizes and hashes match the files beside it.
 */
import type { Municipality } from "../../schemas/municipality.ts";
import type { SourceManifestEntry } from "../../schemas/source.ts";
import type { Tables } from "./build.ts";
import { tableToCsv, tableToJson } from "./csv.ts";
import { buildDataPackage, describeSource, type DataPackage } from "./datapackage.ts";
import { TABLE_NAMES, type TableName } from "./definitions.ts";
import { buildPackageReadme } from "./readme.ts";

export interface PackageFilesInput {
  tables: Tables;
  municipalities: readonly Municipality[];
  /** Manifest entries, in the order the package lists them. */
  sources: readonly SourceManifestEntry[];
  /** Absolute URL of /data/, when the site's origin is known. */
  dataUrl?: string;
  /** The data version (src/lib/dataset-meta.ts). */
  version?: string;
}

export interface PackageFiles {
  descriptor: DataPackage;
  /** Path inside the package → text. */
  files: Record<string, string>;
}

export function buildPackageFiles(input: PackageFilesInput): PackageFiles {
  const names = new Map<string, string>(input.municipalities.map((m) => [m.id, m.name]));
  const csv = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, tableToCsv(t, input.tables[t])]),
  ) as Record<TableName, string>;
  const descriptor = buildDataPackage({
    csv,
    sources: input.sources.map((s) =>
      describeSource(s, names.get(s.municipality) ?? s.municipality),
    ),
    municipalityNames: input.municipalities.map((m) => m.name),
    ...(input.dataUrl ? { homepage: input.dataUrl } : {}),
    ...(input.version ? { version: input.version } : {}),
  });
  const files: Record<string, string> = {
    "datapackage.json": `${JSON.stringify(descriptor, null, 2)}\n`,
    "README.md": buildPackageReadme({
      descriptor,
      rowCounts: Object.fromEntries(TABLE_NAMES.map((t) => [t, input.tables[t].length])) as Record<
        TableName,
        number
      >,
      dataUrl: input.dataUrl ?? null,
    }),
  };
  for (const t of TABLE_NAMES) {
    files[`tables/${t}.csv`] = csv[t];
    files[`tables/${t}.json`] = tableToJson(input.tables[t]);
  }
  return { descriptor, files };
}
