/**
 * The ingest over one project root: read → parse → apply curation → categories → validate →
 * write. Writes nothing unless every source ingests cleanly. `npm run data:ingest` runs it on
 * this repository; the scaffold test runs it on a temporary project.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { CurationFileSchema, type CurationFile } from "../../src/schemas/curation.ts";
import { SourceManifestSchema } from "../../src/schemas/source.ts";
import { MunicipalitiesFileSchema } from "../../src/schemas/municipality.ts";
import { formatZodIssues } from "../check/format.ts";
import { buildPlanFile, curationFileName, planFilePath, serializeJson } from "./pipeline.ts";
import type { SourceModule } from "./registry.ts";
import { decodeUtf8, readJsonFile, sha256 } from "../lib/files.ts";

async function readCuration(root: string, sourceFile: string): Promise<CurationFile> {
  const rel = `data/curation/${curationFileName(sourceFile)}`;
  let raw: unknown;
  try {
    raw = await readJsonFile(join(root, rel), rel);
  } catch (error) {
    if (/cannot read the file/.test((error as Error).message)) {
      return { source: sourceFile, patches: [], records: [] };
    }
    throw error;
  }
  const parsed = CurationFileSchema.safeParse(raw);
  if (!parsed.success) throw new Error(formatZodIssues(rel, parsed.error, raw).join("\n"));
  return parsed.data;
}

/** Regenerate every plan file of `root` from its sources; returns what it wrote. */
export async function ingestAll(
  root: string,
  modules: readonly SourceModule[],
): Promise<{ path: string; count: number }[]> {
  // 1. The manifest says which sources exist; each must still be byte-identical.
  const manifestRaw = await readJsonFile(
    join(root, "data/sources/manifest.json"),
    "data/sources/manifest.json",
  );
  const manifest = SourceManifestSchema.parse(manifestRaw);
  const categories = await readJsonFile(join(root, "data/categories.json"), "data/categories.json");
  const municipalitiesRaw = await readJsonFile(
    join(root, "data/municipalities.json"),
    "data/municipalities.json",
  );
  const parsedMunicipalities = MunicipalitiesFileSchema.safeParse(municipalitiesRaw);
  if (!parsedMunicipalities.success) {
    throw new Error(
      formatZodIssues(
        "data/municipalities.json",
        parsedMunicipalities.error,
        municipalitiesRaw,
      ).join("\n"),
    );
  }
  const { municipalities } = parsedMunicipalities.data;
  const outputs: { path: string; text: string; count: number }[] = [];
  // 2. Parse each source that has an ingester, apply its curation and categories, validate.
  for (const { ingester } of modules) {
    const entry = manifest.sources.find((s) => s.file === ingester.file);
    if (!entry) throw new Error(`${ingester.file}: not in data/sources/manifest.json`);
    const bytes = await readFile(join(root, "data/sources", ingester.file));
    if (sha256(bytes) !== entry.sha256) {
      throw new Error(
        `data/sources/${ingester.file}: sha256 differs from data/sources/manifest.json`,
      );
    }
    const text = decodeUtf8(bytes, `data/sources/${ingester.file}`);
    const file = buildPlanFile(
      ingester,
      text,
      await readCuration(root, ingester.file),
      categories,
      municipalities,
    );
    outputs.push({
      path: planFilePath(ingester),
      text: serializeJson(file),
      count: file.measures.length,
    });
  }
  // 3. Only now write: a failure above leaves data/ as it was.
  for (const out of outputs) {
    await mkdir(dirname(join(root, out.path)), { recursive: true });
    await writeFile(join(root, out.path), out.text);
  }
  return outputs.map(({ path, count }) => ({ path, count }));
}
