import type { APIRoute, GetStaticPaths } from "astro";
import { toCslJson } from "../../../../lib/citation-formats.ts";
import { citePaths, type CiteProps } from "../../../../lib/cite-paths.ts";

/** CSL-JSON (for Zotero, Pandoc, citeproc) for a measure and each of its fiscal years. */
export const getStaticPaths = (() => citePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(toCslJson((props as CiteProps).citable), null, 2), {
    headers: { "Content-Type": "application/vnd.citationstyles.csl+json" },
  });
