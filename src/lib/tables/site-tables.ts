/**
 * The tidy tables and the data package of the whole site, built once per build from the content
 * collections and shared by every /data/ endpoint and the /data/ page.
 */
import { getSiteData } from "../content.ts";
import { readDataVersion } from "../dataset-meta.ts";
import { buildTables, type Tables } from "./build.ts";
import { buildPackageFiles, type PackageFiles } from "./package-files.ts";

let tables: Promise<Tables> | null = null;
let packageFiles: Promise<PackageFiles> | null = null;

export function getTables(): Promise<Tables> {
  tables ??= getSiteData().then((site) => buildTables(site));
  return tables;
}

/** datapackage.json, README.md and every table, as the package and the ZIP hold them. */
export function getPackageFiles(site: URL | undefined): Promise<PackageFiles> {
  packageFiles ??= Promise.all([getSiteData(), getTables()]).then(([data, built]) => {
    const files = new Set(data.plans.map((p) => p.source.file));
    return buildPackageFiles({
      tables: built,
      municipalities: data.municipalities,
      sources: data.sources
        .filter((s) => files.has(s.file))
        .sort((a, b) => a.file.localeCompare(b.file)),
      ...(site ? { dataUrl: new URL("/data/", site).href } : {}),
      version: readDataVersion().version,
    });
  });
  return packageFiles;
}
