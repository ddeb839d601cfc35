/**
 * What the normalized dataset is, under which licence, and which version of it a page or a
 * download shows. The data version is the date of the latest entry in data/releases.json plus
 * a short SHA-256 over every JSON file under data/ (in path order), so it is computed from the
 * committed files alone — a shallow CI clone gives the same answer — and it changes whenever
 * the data does, even before someone records a new release.
 *
 * Import this from pages, endpoints and scripts (the data package reads it too).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ReleasesFileSchema, type Release } from "../schemas/release.ts";

/** Licence of the normalized dataset (the site's JSON, CSV and pages' data). */
export const DATASET_LICENSE = {
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  nameJa: "クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）",
  url: "https://creativecommons.org/licenses/by/4.0/deed.ja",
} as const;

/** Licence of the code (LICENSE at the repository root). */
export const CODE_LICENSE = { id: "MIT", name: "MIT License" } as const;

/** Name of the dataset as cited. */
export const DATASET_TITLE = "施策（shisaku）自治体の計画の進捗データ";

export interface DataVersion {
  /** e.g. "2026-12-02.3f9a1c2b" */
  version: string;
  /** ISO date of the latest release. */
  date: string;
  /** First 8 hex digits of the content hash. */
  hash: string;
}

export interface DataFile {
  /** Path relative to data/, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

/** SHA-256 over (path, length, bytes) of each file, in path order: independent of listing order. */
export function contentHash(files: readonly DataFile[]): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${f.path}\0${f.bytes.length}\0`);
    hash.update(f.bytes);
  }
  return hash.digest("hex");
}

export function dataVersion(latestReleaseDate: string, fullHash: string): DataVersion {
  const hash = fullHash.slice(0, 8);
  return { version: `${latestReleaseDate}.${hash}`, date: latestReleaseDate, hash };
}

/** The release log is not part of the hashed content (a release note does not change the data). */
const RELEASES_FILE = "releases.json";

function listJson(dir: string, root: string): DataFile[] {
  const out: DataFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(full, root));
    else if (entry.name.endsWith(".json")) {
      const path = relative(root, full).split(sep).join("/");
      if (path !== RELEASES_FILE) out.push({ path, bytes: readFileSync(full) });
    }
  }
  return out;
}

const dataDir = (): string => join(process.cwd(), "data");

let releasesCache: Release[] | null = null;

/** data/releases.json, newest first; a malformed file stops the build with its path. */
export function readReleases(): Release[] {
  if (releasesCache) return releasesCache;
  const path = join(dataDir(), RELEASES_FILE);
  const parsed = ReleasesFileSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`data/${RELEASES_FILE}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  releasesCache = parsed.data.releases;
  return releasesCache;
}

let versionCache: DataVersion | null = null;

/** The version of the data in data/ as committed (computed once per process). */
export function readDataVersion(): DataVersion {
  if (versionCache) return versionCache;
  const latest = readReleases()[0]!;
  versionCache = dataVersion(latest.date, contentHash(listJson(dataDir(), dataDir())));
  return versionCache;
}
