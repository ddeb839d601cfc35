import type { APIRoute, GetStaticPaths } from "astro";
import { listPlanTableFiles, type TableFile } from "../../../../../lib/tables/files.ts";
import { tableResponse } from "../../../../../lib/tables/responses.ts";
import { getTables } from "../../../../../lib/tables/site-tables.ts";
import { shardPaths } from "../../../../../lib/build-shard.ts";

/** One plan's rows of a tidy table: /data/tables/{municipality}/{plan}/{table}.csv */
export const getStaticPaths = (async () =>
  shardPaths(listPlanTableFiles(await getTables()), (f) => f.params.municipality).map(({ params, rows }) => ({
    params,
    props: { params, rows },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { params, rows } = props as TableFile;
  return tableResponse(params.table, "csv", rows);
};
