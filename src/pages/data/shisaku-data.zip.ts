import type { APIRoute } from "astro";
import { getPackageFiles } from "../../lib/tables/site-tables.ts";
import { buildZip } from "../../lib/tables/zip.ts";
import { readDataVersion } from "../../lib/dataset-meta.ts";
import { siteWidePlaceholder } from "../../lib/build-shard.ts";

/** Every table, the data package and a README in one ZIP: /data/shisaku-data.zip */
export const GET: APIRoute = async ({ site }) =>
  siteWidePlaceholder() ??
  new Response(buildZip((await getPackageFiles(site)).files, new Date(readDataVersion().date)), {
    headers: { "Content-Type": "application/zip" },
  });
