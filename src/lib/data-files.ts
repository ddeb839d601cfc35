import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { PlanFileSchema, type PlanFile } from "../schemas/plan.ts";

/** Folders under data/ that hold no plan files. */
const NON_PLAN_DIRS = new Set(["sources", "curation"]);

/** The folders under data/ that hold plan files (municipality ids), sorted. */
export async function planDirs(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !NON_PLAN_DIRS.has(d.name))
    .map((d) => d.name)
    .sort();
}

/** Read data/<dir>/*.json (one municipality's plans), validated; a bad file names its path. */
export async function readPlanFilesOf(dataDir: string, dir: string): Promise<PlanFile[]> {
  const files: PlanFile[] = [];
  for (const name of (await readdir(join(dataDir, dir)))
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const path = join(dataDir, dir, name);
    const parsed = PlanFileSchema.safeParse(JSON.parse(await readFile(path, "utf8")));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `data/${dir}/${name}: ${issue?.path.join(".")}: ${issue?.message} (run npm run data:check)`,
      );
    }
    files.push(parsed.data);
  }
  return files;
}

/**
 * Read every data/<municipality>/<plan>.json, validated by the one schema. The content
 * collections are built from this; a file that does not fit stops the build with its path.
 */
export async function readPlanFiles(dataDir: string): Promise<PlanFile[]> {
  const files: PlanFile[] = [];
  for (const dir of await planDirs(dataDir)) files.push(...(await readPlanFilesOf(dataDir, dir)));
  return files;
}
