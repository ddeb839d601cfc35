import type { APIRoute } from "astro";
import { getMeasures } from "../../lib/content.ts";
import { measuresToCsv } from "../../lib/csv.ts";

/** Every measure as one CSV (same columns as the per-plan files): /data/measures.csv */
export const GET: APIRoute = async ({ site }) =>
  new Response(measuresToCsv(await getMeasures(), String(site) /* astro.config.mjs always sets site */), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
