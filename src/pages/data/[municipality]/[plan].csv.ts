import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData, measuresOfPlan } from "../../../lib/content.ts";
import { measuresToCsv } from "../../../lib/csv.ts";
import type { Measure } from "../../../schemas/measure.ts";
import { shardPaths } from "../../../lib/build-shard.ts";

/** One plan as CSV: /data/{municipality}/{plan}.csv */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return shardPaths(site.plans, (p) => p.municipality).map((plan) => ({
    params: { municipality: plan.municipality, plan: plan.slug },
    props: { measures: measuresOfPlan(site, plan) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(measuresToCsv((props as { measures: Measure[] }).measures, String(site) /* astro.config.mjs always sets site */), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
