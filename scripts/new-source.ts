/**
 * npm run new:source -- <name> <municipality> --source <file in data/sources/> --year <fiscal year>
 *   [--plan <slug>]
 * Scaffolds a parser, counter, test, fixture and manifest entry (scripts/scaffold/new-source.ts);
 * then follow docs/adding-a-source.md.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { scaffoldSource } from "./scaffold/new-source.ts";

const USAGE =
  "usage: npm run new:source -- <name> <municipality> --source <file> --year <fiscal year> [--plan <slug>]";

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: "string" }, year: { type: "string" }, plan: { type: "string" } },
  });
  const [name, municipality] = positionals;
  if (!name || !municipality || !values.source || !values.year) throw new Error(USAGE);
  const fiscalYear = Number(values.year);
  if (!Number.isInteger(fiscalYear))
    throw new Error(`--year ${values.year}: expected a year such as 2024`);
  const written = await scaffoldSource({
    root: fileURLToPath(new URL("..", import.meta.url)),
    name,
    municipality,
    source: values.source,
    fiscalYear,
    ...(values.plan ? { plan: values.plan } : {}),
  });
  for (const file of written) console.log(`  wrote ${file}`);
  console.log("new:source: next, follow docs/adding-a-source.md from step 3");
} catch (error) {
  console.error(`new:source: ${(error as Error).message}`);
  process.exit(1);
}
