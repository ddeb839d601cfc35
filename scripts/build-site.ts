/**
 * npm run build:site [-- --shards N] — the site's pages (astro build) and each measure's files
 * (scripts/build-measure-files.ts) into dist/, on every core.
 *
 * Astro renders pages on one thread, so a large site is split by municipality into shards of
 * about equal work (src/lib/build-shard.ts): by default one per core, and at most one per
 * MEASURES_PER_SHARD measures. Each shard builds into its own folder under .build/; the folders
 * are then merged (src/lib/shard-merge.ts) and the result replaces dist/ by one rename. A failing
 * shard stops the others and leaves dist/ as it was: nothing partial is published.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { assignShards, SHARD_ENV, WHOLE_SITE, type BuildShard } from "../src/lib/build-shard.ts";
import { getSiteData } from "../src/lib/content.ts";
import { mergeShardInto, writeSitemapIndex } from "../src/lib/shard-merge.ts";

const DIST = "dist";
const STAGE = ".build";
/** More processes than this would mostly add memory: each holds the whole site's data. */
const MAX_SHARDS = 4;
/**
 * Below this many measures per shard a second process costs more than it saves: each shard
 * bundles the site and loads all data again. Measured (docs/scale.md): 254 measures build in
 * 4.3 s in one process and 6.3 s in two; 2,540 in 16.9 s and 14.7 s; 10,160 in 60 s and 45 s.
 */
const MEASURES_PER_SHARD = 1000;

const running = new Set<ChildProcess>();

/** Run one command of a shard; resolves when it exits 0. */
function run(shard: BuildShard, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      stdio: "inherit",
      env: { ...process.env, [SHARD_ENV]: JSON.stringify(shard) },
    });
    running.add(child);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else
        reject(new Error(`shard ${shard.index}: ${args[0]} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

async function buildShard(shard: BuildShard): Promise<number> {
  const started = Date.now();
  const out = join(STAGE, `shard-${shard.index}`);
  await run(shard, ["node_modules/astro/bin/astro.mjs", "build", "--silent", "--outDir", out]);
  await run(shard, ["scripts/build-measure-files.ts", "--out", out]);
  return (Date.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { shards: { type: "string" } } });
  const site = await getSiteData(); // a file that does not fit stops here, before any build
  const requested =
    values.shards === undefined
      ? Math.min(availableParallelism(), Math.ceil(site.measures.length / MEASURES_PER_SHARD))
      : Number(values.shards);
  if (!Number.isInteger(requested) || requested < 1) {
    throw new Error(`--shards ${values.shards}: expected a whole number ≥ 1`);
  }
  const count = Math.min(requested, MAX_SHARDS, site.municipalities.length);
  const measures = new Map<string, number>();
  for (const m of site.measures)
    measures.set(m.municipality, (measures.get(m.municipality) ?? 0) + 1);
  const shards =
    count === 1
      ? [WHOLE_SITE]
      : assignShards(
          site.municipalities.map((m) => ({ id: m.id, measures: measures.get(m.id) ?? 0 })),
          count,
        );

  await rm(STAGE, { recursive: true, force: true });
  await mkdir(STAGE, { recursive: true });
  const started = Date.now();
  const seconds = await Promise.all(shards.map(buildShard)).catch((error: unknown) => {
    for (const child of running) child.kill();
    throw error;
  });

  const mergeStarted = Date.now();
  const site0 = join(STAGE, "shard-0");
  for (const shard of shards.slice(1)) {
    const from = join(STAGE, `shard-${shard.index}`);
    await mergeShardInto(from, site0);
    await rm(from, { recursive: true, force: true }); // only the copies the merge dropped remain
  }
  if (count > 1) await writeSitemapIndex(site0, count);
  // Publish: the old dist/ moves aside in one rename, then the new one takes its place.
  const old = join(STAGE, "previous-dist");
  await rename(DIST, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(site0, DIST);
  const mergeSeconds = (Date.now() - mergeStarted) / 1000;
  await rm(STAGE, { recursive: true, force: true });

  const owned = (s: BuildShard): number =>
    s.municipalities === null
      ? site.measures.length
      : s.municipalities.reduce((n, id) => n + (measures.get(id) ?? 0), 0);
  for (const [i, shard] of shards.entries()) {
    console.log(
      `build:site: shard ${shard.index}${shard.index === 0 ? " (+ site-wide pages)" : ""}: ` +
        `${shard.municipalities?.length ?? site.municipalities.length} municipalities, ` +
        `${owned(shard)} measures, ${seconds[i]!.toFixed(1)} s`,
    );
  }
  console.log(
    `build:site: ${count} shard(s) on ${availableParallelism()} core(s) in ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s (merge and publish ${mergeSeconds.toFixed(1)} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(`build:site: ${(error as Error).message}`);
  process.exitCode = 1;
});
