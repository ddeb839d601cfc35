import type { APIRoute } from "astro";
import { getPackageFiles } from "../../lib/tables/site-tables.ts";
import { buildZip } from "../../lib/tables/zip.ts";

/** Every table, the data package and a README in one ZIP: /data/shisaku-data.zip */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildZip((await getPackageFiles(site)).files), {
    headers: { "Content-Type": "application/zip" },
  });
