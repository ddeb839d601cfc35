import type { APIRoute, GetStaticPaths } from "astro";
import { TABLE_NAMES, type TableName } from "../../../lib/tables/definitions.ts";
import { tableResponse } from "../../../lib/tables/responses.ts";
import { getTables } from "../../../lib/tables/site-tables.ts";
import { buildsSiteWide } from "../../../lib/build-shard.ts";

/** One whole tidy table: /data/tables/{table}.json */
export const getStaticPaths = (() =>
  (buildsSiteWide() ? TABLE_NAMES : []).map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = params["table"] as TableName;
  return tableResponse(table, "json", (await getTables())[table]);
};
