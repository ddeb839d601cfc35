import type { APIRoute, GetStaticPaths } from "astro";
import { listMeasureTableFiles, type TableFile } from "../../../../../../lib/tables/files.ts";
import { tableResponse } from "../../../../../../lib/tables/responses.ts";
import { getTables } from "../../../../../../lib/tables/site-tables.ts";

/** One measure's rows of a tidy table: /data/tables/{municipality}/{plan}/{code}/{table}.json */
export const getStaticPaths = (async () =>
  listMeasureTableFiles(await getTables()).map(({ params, rows }) => ({
    params,
    props: { params, rows },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { params, rows } = props as TableFile;
  return tableResponse(params.table, "json", rows);
};
