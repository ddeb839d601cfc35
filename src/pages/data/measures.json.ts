import type { APIRoute } from "astro";
import { DatasetSchema, SCHEMA_VERSION } from "../../schemas/dataset.ts";
import { getMeasures, getMunicipalities, getPlans } from "../../lib/content.ts";
import { DATASET_LICENSE, readDataVersion } from "../../lib/dataset-meta.ts";

/** The public bulk download, in the contract's shape (docs/data-contract.md#dataset), validated before it ships. */
export const GET: APIRoute = async () => {
  const plans = (await getPlans()).map(({ slug, excluded: _excluded, ...plan }) => ({ ...plan, id: slug }));
  const dataset = DatasetSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    dataVersion: readDataVersion().version,
    license: { id: DATASET_LICENSE.id, url: DATASET_LICENSE.url },
    municipalities: await getMunicipalities(),
    plans,
    measures: await getMeasures(),
  });
  return new Response(JSON.stringify(dataset, null, 2), { headers: { "Content-Type": "application/json" } });
};
