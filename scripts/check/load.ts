import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { CategoriesFileSchema, type CategoriesFile } from "../../src/schemas/category.ts";
import { MunicipalitiesFileSchema, type Municipality } from "../../src/schemas/municipality.ts";
import { PlanFileSchema, type PlanFile } from "../../src/schemas/plan.ts";
import { SourceManifestSchema, type SourceManifest } from "../../src/schemas/source.ts";
import { readJsonFile } from "../lib/files.ts";
import { formatZodIssues } from "./format.ts";

export interface LoadedPlanFile {
  /** Path relative to the project root, e.g. data/nerima/suicide-prevention-1.json */
  path: string;
  data: PlanFile;
}

export interface ProjectData {
  manifest: SourceManifest;
  municipalities: Municipality[];
  categories: CategoriesFile;
  planFiles: LoadedPlanFile[];
}

/** Folders under data/ that are not municipalities. */
const NON_MUNICIPALITY_DIRS = new Set(["sources", "curation"]);

/**
 * Read and schema-check every data file. Returns the data that parsed and one error line per
 * problem; a file that fails is left out of `data` so later checks do not pile on.
 */
export async function loadProjectData(
  root: string,
): Promise<{ data: ProjectData | null; errors: string[] }> {
  const errors: string[] = [];
  async function load<S extends z.ZodType>(rel: string, schema: S): Promise<z.infer<S> | null> {
    try {
      const raw = await readJsonFile(join(root, rel), rel);
      const parsed = schema.safeParse(raw);
      if (parsed.success) return parsed.data;
      errors.push(...formatZodIssues(rel, parsed.error, raw));
    } catch (error) {
      errors.push((error as Error).message);
    }
    return null;
  }

  const manifest = await load("data/sources/manifest.json", SourceManifestSchema);
  const municipalities = await load("data/municipalities.json", MunicipalitiesFileSchema);
  const categories = await load("data/categories.json", CategoriesFileSchema);
  const planFiles: LoadedPlanFile[] = [];
  const dirs = (await readdir(join(root, "data"), { withFileTypes: true }))
    .filter((d) => d.isDirectory() && !NON_MUNICIPALITY_DIRS.has(d.name))
    .map((d) => d.name)
    .sort();
  for (const dir of dirs) {
    const files = (await readdir(join(root, "data", dir)))
      .filter((f) => f.endsWith(".json"))
      .sort();
    for (const file of files) {
      const rel = `data/${dir}/${file}`;
      const data = await load(rel, PlanFileSchema);
      if (data) planFiles.push({ path: rel, data });
    }
  }
  if (!manifest || !municipalities || !categories) return { data: null, errors };
  return {
    data: { manifest, municipalities: municipalities.municipalities, categories, planFiles },
    errors,
  };
}
