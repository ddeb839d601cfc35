/**
 * The files published for each measure besides its page: its record in the contract's Measure
 * shape, its citation files and its rows of the tidy tables.
 *   /data/measures/{municipality}/{plan}/{code}.json
 *   /cite/{municipality}/{plan}/{code}.bib | .csl.json
 *   /data/tables/{municipality}/{plan}/{code}/{table}.csv | .json   (tables with rows only)
 *
 * They are written by scripts/build-measure-files.ts, not by Astro endpoints: a dozen small files
 * per measure cost Astro a route render each, most of the build at scale (docs/scale.md). The
 * bodies are the ones the endpoints wrote, byte for byte.
 */
import type { Measure } from "../schemas/measure.ts";
import { MeasureSchema } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import { toBibtex, toCslJson } from "./citation-formats.ts";
import type { SitePlan } from "./content.ts";
import { citableMeasure, citationFileUrls } from "./measure-citation.ts";
import type { Tables } from "./tables/build.ts";
import { tableToCsv, tableToJson } from "./tables/csv.ts";
import { listMeasureTableFiles, tableFilePath } from "./tables/files.ts";

export interface PublishedFile {
  /** Site-relative path, as linked from the pages. */
  path: string;
  body: string;
}

/** A measure's contract record, as /data/measures/… serves it. */
export function measureRecordPath(
  measure: Pick<Measure, "municipality" | "plan" | "code">,
): string {
  return `/data/measures/${measure.municipality}/${measure.plan}/${measure.code}.json`;
}

export interface MeasureFileContext {
  plans: ReadonlyMap<string, SitePlan>;
  municipalities: ReadonlyMap<string, Municipality>;
  site: URL;
  dataVersion: string;
}

/** The record and citation files of one measure; [] for a measure whose plan is unknown. */
export function measureFiles(measure: Measure, context: MeasureFileContext): PublishedFile[] {
  const plan = context.plans.get(`${measure.municipality}/${measure.plan}`);
  const municipality = context.municipalities.get(measure.municipality);
  if (!plan || !municipality) {
    throw new Error(
      `${measure.id}: no ${plan ? "municipality" : "plan"} for this measure in data/ (run npm run data:check)`,
    );
  }
  const citable = citableMeasure(measure, plan, municipality, context.site, context.dataVersion);
  const cite = citationFileUrls(measure);
  return [
    {
      path: measureRecordPath(measure),
      body: `${JSON.stringify(MeasureSchema.parse(measure), null, 2)}\n`,
    },
    { path: cite.bibtex, body: toBibtex(citable) },
    { path: cite.cslJson, body: JSON.stringify(toCslJson(citable), null, 2) },
  ];
}

/**
 * Every measure's rows of every tidy table in which it has rows, as CSV and JSON; only for the
 * municipalities `includes` accepts (a shard of the build writes its own).
 */
export function* measureTableFiles(
  tables: Tables,
  includes: (municipality: string) => boolean = () => true,
): Generator<PublishedFile> {
  for (const { params, rows } of listMeasureTableFiles(tables)) {
    if (!includes(params.municipality)) continue;
    const { table, ...scope } = params;
    yield { path: tableFilePath(table, "csv", scope), body: tableToCsv(table, rows) };
    yield { path: tableFilePath(table, "json", scope), body: tableToJson(rows) };
  }
}
