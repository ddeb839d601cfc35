/**
 * npm run build:files [-- --out DIR] — writes each measure's record, citation files and table
 * rows (src/lib/measure-files.ts) into DIR (default dist/), after `astro build`. Plain file
 * writes: as Astro endpoints these dozen files per measure were most of the build's time at
 * scale (docs/scale.md). In a sharded build (scripts/build-site.ts, SHISAKU_SHARD) it writes the
 * files of its shard's municipalities only.
 */
import { parseArgs } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { ownsMunicipality } from "../src/lib/build-shard.ts";
import { getSiteData } from "../src/lib/content.ts";
import { readDataVersion } from "../src/lib/dataset-meta.ts";
import { measureFiles, measureTableFiles, type PublishedFile } from "../src/lib/measure-files.ts";
import { siteUrl } from "../src/lib/site-url.ts";
import { buildTables } from "../src/lib/tables/build.ts";

/** Writes in flight at once: file creation waits on the disk, so overlapping writes saves time. */
const IN_FLIGHT = 64;

/** Writes files, creating each directory once, up to IN_FLIGHT at a time; `done` waits for all. */
function writer(root: string): {
  write: (file: PublishedFile) => Promise<void>;
  done: () => Promise<void>;
} {
  const made = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<void>>();
  const writeOne = async ({ path, body }: PublishedFile): Promise<void> => {
    const target = join(root, path);
    const dir = dirname(target);
    let ready = made.get(dir);
    if (!ready) {
      ready = mkdir(dir, { recursive: true });
      made.set(dir, ready);
    }
    await ready;
    await writeFile(target, body);
  };
  return {
    async write(file) {
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
      const p = writeOne(file).finally(() => pending.delete(p));
      pending.add(p);
    },
    async done() {
      await Promise.all(pending);
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string", default: "dist" } } });
  const started = Date.now();
  const site = await getSiteData();
  const context = {
    plans: new Map(site.plans.map((p) => [`${p.municipality}/${p.slug}`, p])),
    municipalities: new Map(site.municipalities.map((m) => [m.id, m])),
    site: new URL(siteUrl()),
    dataVersion: readDataVersion().version,
  };
  const { write, done } = writer(values.out);
  let count = 0;
  let measures = 0;
  for (const measure of site.measures) {
    if (!ownsMunicipality(measure.municipality)) continue;
    measures += 1;
    for (const file of measureFiles(measure, context)) {
      await write(file);
      count += 1;
    }
  }
  for (const file of measureTableFiles(buildTables(site), (m) => ownsMunicipality(m))) {
    await write(file);
    count += 1;
  }
  await done();
  console.log(
    `build:files: ${count} files for ${measures} measures in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`build:files: ${(error as Error).message}`);
  process.exitCode = 1;
});
