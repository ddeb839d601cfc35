import type { APIRoute, GetStaticPaths } from "astro";
import { getSources } from "../../lib/content.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sourceSlug } from "../../lib/source-view.ts";
import { buildsSiteWide } from "../../lib/build-shard.ts";

/** The raw text of each source, byte for byte as in data/sources/ (its SHA-256 is in the manifest). */
export const getStaticPaths = (async () =>
  (buildsSiteWide() ? await getSources() : []).map((s) => ({
    params: { source: sourceSlug(s.file) },
    props: { file: s.file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(
    readFileSync(join(process.cwd(), "data", "sources", (props as { file: string }).file)),
    {
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
