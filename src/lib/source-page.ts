/**
 * Props for the source pages (/sources/{slug}/): each manifest entry with its municipality, the
 * plans made from it and its full text, read once per build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Municipality } from "../schemas/municipality.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import type { SiteData } from "./content.ts";
import { sourceSlug } from "./source-view.ts";

export type SourcePageProps = {
  entry: SourceManifestEntry;
  municipality: Municipality | null;
  /** Plans built from this source, with their measure counts. */
  plans: { url: string; title: string; count: number }[];
  text: string;
};

/** The text exactly as stored in data/sources/ (the build runs from the project root). */
export function readSourceText(file: string): string {
  sourceSlug(file); // rejects anything that is not a plain source file name
  return readFileSync(join(process.cwd(), "data", "sources", file), "utf8");
}

export function buildSourcePageProps(site: SiteData): SourcePageProps[] {
  return site.sources
    .map((entry) => ({
      entry,
      municipality: site.municipalities.find((m) => m.id === entry.municipality) ?? null,
      plans: site.plans
        .filter((p) => p.source.file === entry.file)
        .map((p) => ({
          url: `/${p.municipality}/${p.slug}/`,
          title: p.title,
          count: site.measures.filter((m) => m.municipality === p.municipality && m.plan === p.slug)
            .length,
        })),
      text: readSourceText(entry.file),
    }))
    .sort((a, b) => a.entry.file.localeCompare(b.entry.file));
}
