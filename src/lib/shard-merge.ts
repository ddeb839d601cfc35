/**
 * Merging the outputs of a sharded build (scripts/build-site.ts, src/lib/build-shard.ts) into one
 * site folder.
 *
 * A shard's output holds the pages and files of its own municipalities, which no other shard
 * writes, and its copies of what every Astro build writes: the fixed pages, `_astro/` assets and
 * `public/` files. Its own subtrees are moved by one rename each. A file both outputs hold must be
 * byte-identical (same data, same code), or be an empty placeholder for a costly site-wide file
 * (`siteWidePlaceholder`); anything else stops the build, naming the file.
 */
import { lstat, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface MergeReport {
  /** Files and folders moved in, each by one rename. */
  moved: number;
  /** Files the target already held: identical copies or placeholders. */
  dropped: number;
}

async function kindOf(path: string): Promise<"file" | "dir" | null> {
  try {
    const s = await lstat(path);
    return s.isDirectory() ? "dir" : "file";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** Move everything of `from` that `into` lacks into it; check what both hold (see above). */
export async function mergeShardInto(from: string, into: string, at = ""): Promise<MergeReport> {
  const report: MergeReport = { moved: 0, dropped: 0 };
  for (const entry of await readdir(join(from, at), { withFileTypes: true })) {
    const path = join(at, entry.name);
    const source = join(from, path);
    const target = join(into, path);
    const existing = await kindOf(target);
    if (existing === null) {
      await rename(source, target);
      report.moved += 1;
    } else if (entry.isDirectory() && existing === "dir") {
      const inner = await mergeShardInto(from, into, path);
      report.moved += inner.moved;
      report.dropped += inner.dropped;
    } else if (entry.isFile() && existing === "file") {
      const [ours, theirs] = await Promise.all([readFile(source), readFile(target)]);
      if (ours.length > 0 && !ours.equals(theirs)) {
        throw new Error(
          `shard merge: /${path} differs between ${from} and ${into}: a file two shards both ` +
            `write must be identical (src/lib/build-shard.ts)`,
        );
      }
      report.dropped += 1;
    } else {
      throw new Error(`shard merge: /${path} is a folder in one shard and a file in another`);
    }
  }
  return report;
}

/**
 * One sitemap index listing every shard's sitemap files, from the shards' own index files
 * (`sitemap-{k}-index.xml`, written by @astrojs/sitemap in each shard).
 */
export function mergeSitemapIndexes(indexes: readonly string[]): string {
  const entries = indexes.flatMap((xml) => [...xml.matchAll(/<sitemap>[\s\S]*?<\/sitemap>/gu)]);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
    entries.map((m) => m[0]).join("") +
    "</sitemapindex>"
  );
}

/** Replace the shards' sitemap indexes in `dir` by the one `sitemap-index.xml`. */
export async function writeSitemapIndex(dir: string, shards: number): Promise<void> {
  const files = Array.from({ length: shards }, (_, k) => join(dir, `sitemap-${k}-index.xml`));
  const indexes = await Promise.all(files.map((file) => readFile(file, "utf8")));
  await writeFile(join(dir, "sitemap-index.xml"), mergeSitemapIndexes(indexes));
  await Promise.all(files.map((file) => rm(file)));
}
