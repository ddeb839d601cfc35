import type { APIRoute, GetStaticPaths } from "astro";
import { toBibtex } from "../../../../lib/citation-formats.ts";
import { citePaths, type CiteProps } from "../../../../lib/cite-paths.ts";

/** BibTeX for a measure and each of its fiscal years. */
export const getStaticPaths = (() => citePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(toBibtex((props as CiteProps).citable), {
    headers: { "Content-Type": "application/x-bibtex; charset=utf-8" },
  });
