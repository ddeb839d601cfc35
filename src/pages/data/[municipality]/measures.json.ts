import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../../lib/content.ts";
import { measureIndex } from "../../../lib/measure-index.ts";
import { datasetJsonPieces, streamOf } from "../../../lib/bulk-stream.ts";
import { DatasetSchema, SCHEMA_VERSION } from "../../../schemas/dataset.ts";
import { DATASET_LICENSE, readDataVersion } from "../../../lib/dataset-meta.ts";
import type { Measure } from "../../../schemas/measure.ts";
import { shardPaths } from "../../../lib/build-shard.ts";

/**
 * One municipality in the shape of /data/measures.json (its plans and measures only): the bulk
 * download that stays small at any number of municipalities. /data/{municipality}/measures.json
 */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  const byPlan = measureIndex(site.measures).byPlan;
  return shardPaths(site.municipalities, (m) => m.id).map((municipality) => {
    const plans = site.plans.filter((p) => p.municipality === municipality.id);
    return {
      params: { municipality: municipality.id },
      props: {
        head: DatasetSchema.omit({ measures: true }).parse({
          schemaVersion: SCHEMA_VERSION,
          dataVersion: readDataVersion().version,
          license: { id: DATASET_LICENSE.id, url: DATASET_LICENSE.url },
          municipalities: [municipality],
          plans: plans.map(({ slug, excluded: _excluded, ...plan }) => ({ ...plan, id: slug })),
        }),
        measures: plans.flatMap((p) => byPlan.get(`${p.municipality}/${p.slug}`) ?? []),
      },
    };
  });
}) satisfies GetStaticPaths;

type Props = { head: Parameters<typeof datasetJsonPieces>[0]; measures: Measure[] };

export const GET: APIRoute = ({ props }) => {
  const { head, measures } = props as Props;
  return new Response(streamOf(datasetJsonPieces(head, measures)), {
    headers: { "Content-Type": "application/json" },
  });
};
