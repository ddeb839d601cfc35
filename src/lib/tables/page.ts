/**
 * What /data/ shows about the tidy tables: each table with its rows and file sizes, the per-plan
 * files, the Japanese data dictionary (from the same table schemas as datapackage.json) and the
 * API examples.
 */
import { listApiEndpoints, writeFirstLines, type ApiEndpoint } from "./api.ts";
import type { Tables } from "./build.ts";
import { TABLE_NAMES, type TableName } from "./definitions.ts";
import { tableFilePath } from "./files.ts";
import type { PackageFiles } from "./package-files.ts";
import type { TableField } from "./table-schema.ts";

export interface TableSummary {
  name: TableName;
  title: string;
  description: string;
  rows: number;
  csvBytes: number;
  jsonBytes: number;
  primaryKey: string[];
  /** "measure_id → measures" … */
  references: string[];
  fields: TableField[];
}

export interface TablePlanFiles {
  municipality: string;
  plan: string;
  title: string;
  municipalityName: string;
}

export interface TableSectionProps {
  tables: TableSummary[];
  plans: TablePlanFiles[];
  zipPath: string;
  packagePath: string;
  endpoints: ApiEndpoint[];
  firstLines: string;
}

const bytes = (text: string | undefined): number => Buffer.byteLength(text ?? "", "utf8");

export function buildTableSection(
  tables: Tables,
  pkg: PackageFiles,
  origin: string,
): TableSectionProps {
  const summaries = TABLE_NAMES.map((name) => {
    const resource = pkg.descriptor.resources.find((r) => r.name === name);
    if (!resource) throw new Error(`data package has no resource ${name}`);
    return {
      name,
      title: resource.title,
      description: resource.description,
      rows: tables[name].length,
      csvBytes: bytes(pkg.files[`tables/${name}.csv`]),
      jsonBytes: bytes(pkg.files[`tables/${name}.json`]),
      primaryKey: resource.schema.primaryKey,
      references: (resource.schema.foreignKeys ?? []).map(
        (fk) => `${fk.fields.join(", ")} → ${fk.reference.resource || name}`,
      ),
      fields: resource.schema.fields,
    };
  });
  // The per-measure example reads grades_by_section, so it needs a measure that has such rows.
  const sample = tables.grades_by_section[0]?.measure_id ?? tables.measures[0]?.measure_id ?? "";
  const [municipality = "", plan = "", code = ""] = sample.split("/");
  return {
    tables: summaries,
    plans: tables.plans.map((p) => ({
      municipality: p.municipality,
      plan: p.plan,
      title: p.title,
      municipalityName: p.municipality_name,
    })),
    zipPath: "/data/shisaku-data.zip",
    packagePath: "/data/datapackage.json",
    endpoints: listApiEndpoints(origin, { municipality, plan, code }),
    firstLines: writeFirstLines((t) => new URL(tableFilePath(t, "csv"), origin).href),
  };
}
