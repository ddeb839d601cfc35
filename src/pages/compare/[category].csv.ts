import type { APIRoute, GetStaticPaths } from "astro";
import { categoryToCsv } from "../../lib/compare-csv.ts";
import { buildCategoryPageProps, type CategoryPageProps } from "../../lib/compare-pages.ts";
import { getSiteData } from "../../lib/content.ts";
import { getCounterparts } from "../../lib/site-counterparts.ts";
import { buildsSiteWide } from "../../lib/build-shard.ts";

/** One category side by side as CSV: /compare/{category}.csv */
export const getStaticPaths = (async () => {
  if (!buildsSiteWide()) return [];
  const site = await getSiteData();
  const counterparts = getCounterparts(site);
  return buildCategoryPageProps(site).map((props) => ({
    params: { category: props.category.id },
    props: { props, counterparts },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { props: page, counterparts } = props as {
    props: CategoryPageProps;
    counterparts: ReturnType<typeof getCounterparts>;
  };
  const rows = page.groups.flatMap((g) => g.plans.flatMap((p) => p.rows));
  return new Response(
    categoryToCsv(
      page.category.id,
      rows,
      counterparts,
      String(site) /* astro.config.mjs always sets site */,
    ),
    { headers: { "Content-Type": "text/csv; charset=utf-8" } },
  );
};
