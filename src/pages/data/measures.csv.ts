import type { APIRoute } from "astro";
import { getMeasures } from "../../lib/content.ts";
import { measuresToCsv } from "../../lib/csv.ts";
import { allInOneAllowed, groupByPlan, joinedCsvPieces, streamOf } from "../../lib/bulk-stream.ts";
import { siteWidePlaceholder } from "../../lib/build-shard.ts";

/** Every measure as one CSV (same columns as the per-plan files), streamed a plan at a time. */
export const GET: APIRoute = async ({ site }) => {
  const placeholder = siteWidePlaceholder();
  if (placeholder) return placeholder;
  const measures = await getMeasures();
  allInOneAllowed(measures.length);
  const origin = String(site) /* astro.config.mjs always sets site */;
  const perPlan = (function* () {
    for (const list of groupByPlan(measures).values()) yield measuresToCsv(list, origin);
  })();
  return new Response(streamOf(joinedCsvPieces(perPlan)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
