import type { APIRoute } from "astro";
import { getPackageFiles } from "../../lib/tables/site-tables.ts";
import { siteWidePlaceholder } from "../../lib/build-shard.ts";

/** The Frictionless data package describing every tidy table: /data/datapackage.json */
export const GET: APIRoute = async ({ site }) =>
  siteWidePlaceholder() ??
  new Response((await getPackageFiles(site)).files["datapackage.json"], {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
