/**
 * Props for /data/: the downloads per plan, the sources with what we took from each, an example
 * measure for the per-measure JSON and citation, and the data dictionary generated from the schema.
 */
import * as schemas from "../schemas/index.ts";
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import type { SiteData, SitePlan } from "./content.ts";
import { buildDataDictionary, parseSchemaDocs, type DictionaryGroup } from "./data-dictionary.ts";
import { FIELD_NOTES } from "./data-dictionary-notes.ts";

export type DataPlan = { plan: SitePlan; municipality: Municipality; count: number };

export type DataSource = {
  entry: SourceManifestEntry;
  municipality: Municipality | null;
  /** The plans published from this source, with their measure counts. */
  plans: DataPlan[];
};

export type DataPageProps = {
  plans: DataPlan[];
  sources: DataSource[];
  measureCount: number;
  /** A measure whose JSON and citation serve as examples. */
  example: Measure | null;
  exampleSource: { title: string; publisher: string | null; date: string | null } | null;
  dictionary: DictionaryGroup[];
  schemaVersion: string;
};

/** JSDoc of every schema file, merged (keys are `SchemaName.field`, unique across files). */
export function collectSchemaDocs(
  sourceTexts: Readonly<Record<string, string>>,
): Map<string, string> {
  const docs = new Map<string, string>();
  for (const text of Object.values(sourceTexts)) {
    for (const [k, v] of parseSchemaDocs(text)) docs.set(k, v);
  }
  return docs;
}

export function buildDataPageProps(
  site: SiteData,
  schemaSourceTexts: Readonly<Record<string, string>>,
): DataPageProps {
  // Measures per plan counted in one pass (a filter per plan is quadratic at scale).
  const counts = new Map<string, number>();
  for (const m of site.measures) {
    counts.set(`${m.municipality}/${m.plan}`, (counts.get(`${m.municipality}/${m.plan}`) ?? 0) + 1);
  }
  const plans = site.plans.flatMap((plan) => {
    const municipality = site.municipalities.find((m) => m.id === plan.municipality);
    if (!municipality) return [];
    const count = counts.get(`${plan.municipality}/${plan.slug}`) ?? 0;
    return [{ plan, municipality, count }];
  });
  const order = (s: SourceManifestEntry): number =>
    plans.findIndex((p) => p.plan.source.file === s.file);
  const sources = [...site.sources]
    .sort((a, b) => order(a) - order(b) || a.file.localeCompare(b.file))
    .map((entry) => ({
      entry,
      municipality: site.municipalities.find((m) => m.id === entry.municipality) ?? null,
      plans: plans.filter((p) => p.plan.source.file === entry.file),
    }));
  const example =
    site.measures.find((m) => m.years.some((y) => y.grade !== null)) ?? site.measures[0] ?? null;
  const examplePlan = example
    ? site.plans.find((p) => p.municipality === example.municipality && p.slug === example.plan)
    : undefined;
  return {
    plans,
    sources,
    measureCount: site.measures.length,
    example,
    exampleSource: examplePlan?.source ?? null,
    dictionary: buildDataDictionary(
      schemas.DatasetSchema,
      schemas,
      collectSchemaDocs(schemaSourceTexts),
      FIELD_NOTES,
    ),
    schemaVersion: schemas.SCHEMA_VERSION,
  };
}
