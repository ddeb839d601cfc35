import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { DatasetSchema, type Dataset } from "../../src/schemas/dataset.ts";

export const DIST = join(import.meta.dirname, "../../dist");

/** The published bulk file, parsed by the contract's own schema. */
export async function readDataset(): Promise<Dataset> {
  return DatasetSchema.parse(JSON.parse(await readFile(join(DIST, "data/measures.json"), "utf8")));
}

/** Every HTML page in dist/, as site paths ("/", "/nerima/…/12/"). */
export async function listPages(dir = DIST): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "pagefind") out.push(...(await listPages(full)));
    } else if (entry.name.endsWith(".html")) {
      const rel = `/${relative(DIST, full)}`.replace(/index\.html$/, "");
      out.push(rel);
    }
  }
  return out.sort();
}

/** Every file under `root` (dist/ by default), as "/"-rooted paths relative to it, sorted. */
export async function listFiles(root = DIST): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push(`/${relative(root, full)}`);
    }
  };
  await walk(root);
  return out.sort();
}

export async function readPage(sitePath: string): Promise<string> {
  const file = sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
  return readFile(join(DIST, file), "utf8");
}
