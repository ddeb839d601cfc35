import type { APIRoute } from "astro";
import { DatasetSchema, SCHEMA_VERSION } from "../../schemas/dataset.ts";
import { MeasureSchema } from "../../schemas/measure.ts";
import { getMeasures, getMunicipalities, getPlans } from "../../lib/content.ts";
import { DATASET_LICENSE, readDataVersion } from "../../lib/dataset-meta.ts";
import { allInOneAllowed, datasetJsonPieces, streamOf } from "../../lib/bulk-stream.ts";
import { siteWidePlaceholder } from "../../lib/build-shard.ts";

/**
 * The public bulk download, in the contract's shape (docs/data-contract.md#dataset), validated
 * before it ships; streamed a measure at a time (src/lib/bulk-stream.ts), and refused past the
 * all-in-one limit.
 */
export const GET: APIRoute = async () => {
  const placeholder = siteWidePlaceholder();
  if (placeholder) return placeholder;
  const measures = await getMeasures();
  allInOneAllowed(measures.length);
  const plans = (await getPlans()).map(({ slug, excluded: _excluded, ...plan }) => ({ ...plan, id: slug }));
  const head = DatasetSchema.omit({ measures: true }).parse({
    schemaVersion: SCHEMA_VERSION,
    dataVersion: readDataVersion().version,
    license: { id: DATASET_LICENSE.id, url: DATASET_LICENSE.url },
    municipalities: await getMunicipalities(),
    plans,
  });
  const checked = (function* () {
    for (const m of measures) yield MeasureSchema.parse(m);
  })();
  return new Response(streamOf(datasetJsonPieces(head, checked)), {
    headers: { "Content-Type": "application/json" },
  });
};
