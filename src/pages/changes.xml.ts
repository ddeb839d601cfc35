import type { APIRoute } from "astro";
import { buildAtomFeed } from "../lib/changes-feed.ts";
import { readDataVersion, readReleases } from "../lib/dataset-meta.ts";

/** Atom feed of the data releases listed on /changes/. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    buildAtomFeed({
      site: String(site),
      releases: readReleases(),
      currentVersion: readDataVersion().version,
    }),
    { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } },
  );
