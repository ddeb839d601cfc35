/**
 * npm run build:search — indexes the built site with pagefind as an explicit step, so an
 * indexing error fails the build instead of leaving a site without search.
 */
import * as pagefind from "pagefind";

const SITE = "dist";

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ja" });
  if (!index) throw new Error(`pagefind could not start: ${errors.join("; ")}`);
  const added = await index.addDirectory({ path: SITE });
  if (added.errors.length > 0) throw new Error(`pagefind indexing: ${added.errors.join("; ")}`);
  if (added.page_count === 0) throw new Error(`pagefind indexed no page in ${SITE}/`);
  const written = await index.writeFiles({ outputPath: `${SITE}/pagefind` });
  if (written.errors.length > 0) throw new Error(`pagefind writing: ${written.errors.join("; ")}`);
  console.log(`build:search: indexed ${added.page_count} pages into ${SITE}/pagefind`);
}

main()
  .catch((error: unknown) => {
    console.error(`build:search: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => pagefind.close());
