/**
 * npm run data:check — proves the data: schema, ids and references, source hashes,
 * provenance of every value, completeness against the sources, regeneration equality.
 * Prints one line per failure and exits non-zero on any.
 */
import { fileURLToPath } from "node:url";
import { runDataCheck } from "./check/run.ts";

const root = process.argv[2] ?? fileURLToPath(new URL("..", import.meta.url));
const { errors, summary } = await runDataCheck(root);
for (const line of summary) console.log(`  ${line}`);
if (errors.length > 0) {
  for (const line of errors) console.error(line);
  console.error(`data:check: ${errors.length} error(s)`);
  process.exit(1);
}
console.log("data:check: ok");
