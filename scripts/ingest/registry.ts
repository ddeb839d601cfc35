import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { ItemCounter, SourceIngester } from "./types.ts";

/** What a module in scripts/ingest/sources/ exports: one ingester and its independent counter. */
export interface SourceModule {
  readonly ingester: SourceIngester;
  /** Counts the source's numbered items without the parser's code (completeness check). */
  readonly countItems: ItemCounter;
}

const SOURCES_DIR = fileURLToPath(new URL("./sources/", import.meta.url));

/**
 * Every source that has an ingester: one module per source in scripts/ingest/sources/.
 * A source in the manifest without one is not published yet; the data check says so.
 */
export async function loadSourceModules(): Promise<SourceModule[]> {
  const names = (await readdir(SOURCES_DIR))
    .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
    .sort();
  const modules: SourceModule[] = [];
  for (const name of names) {
    const mod = (await import(
      new URL(`./sources/${name}`, import.meta.url).href
    )) as Partial<SourceModule>;
    if (!mod.ingester || !mod.countItems) {
      throw new Error(`scripts/ingest/sources/${name}: must export ingester and countItems`);
    }
    modules.push({ ingester: mod.ingester, countItems: mod.countItems });
  }
  return modules;
}
