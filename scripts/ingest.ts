/**
 * npm run data:ingest — regenerates data/<municipality>/<plan>.json from data/sources/ and
 * data/curation/, byte-for-byte. Writes nothing unless every source ingests cleanly.
 */
import { fileURLToPath } from "node:url";
import { loadSourceModules } from "./ingest/registry.ts";
import { ingestAll } from "./ingest/run-ingest.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

ingestAll(root, await loadSourceModules())
  .then((written) => {
    for (const out of written) console.log(`  ${out.path}: ${out.count} measures`);
    console.log(`data:ingest: wrote ${written.length} plan file(s)`);
  })
  .catch((error: unknown) => {
    console.error(`data:ingest: ${(error as Error).message}`);
    process.exit(1);
  });
