import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CurationFileSchema, type CurationFile } from "../../src/schemas/curation.ts";
import { toComparable } from "../../src/lib/normalize.ts";
import {
  buildPlanFile,
  curationFileName,
  planFilePath,
  serializeJson,
} from "../ingest/pipeline.ts";
import { CurationError } from "../ingest/curation.ts";
import { loadSourceModules, type SourceModule } from "../ingest/registry.ts";
import { decodeUtf8, readJsonFile, sha256, splitLines } from "../lib/files.ts";
import { formatZodIssues } from "./format.ts";
import { checkIntegrity } from "./integrity.ts";
import { loadProjectData, type ProjectData } from "./load.ts";
import { checkMeasureProvenance, type SourceText } from "./provenance.ts";

export interface DataCheckReport {
  errors: string[];
  /** What was checked, for a person reading the output. */
  summary: string[];
}

/**
 * The whole data check over a project root: schema, integrity, source hashes, provenance,
 * completeness and regeneration equality. Pure apart from reading files under `root`.
 */
export async function runDataCheck(
  root: string,
  modules: readonly SourceModule[] | null = null,
): Promise<DataCheckReport> {
  const { data, errors } = await loadProjectData(root);
  const summary: string[] = [];
  if (!data) return { errors, summary };
  errors.push(...checkIntegrity(data));
  const sources = await loadSources(root, data, errors);
  const ingesters = modules ?? (await loadSourceModules());
  for (const { path, data: file } of data.planFiles) {
    const source = sources.get(file.plan.source.file);
    if (!source) continue;
    file.measures.forEach((m, i) =>
      errors.push(...checkMeasureProvenance(m, source, `${path}: measures[${i}]`)),
    );
    errors.push(...checkPlanText(path, file.plan, source));
  }
  for (const mod of ingesters) {
    const source = sources.get(mod.ingester.file);
    if (!source) {
      errors.push(
        `scripts/ingest/sources: ingester for ${mod.ingester.file}, which is not in data/sources/manifest.json`,
      );
      continue;
    }
    const planPath = planFilePath(mod.ingester);
    const loaded = data.planFiles.find((p) => p.path === planPath);
    if (!loaded) {
      errors.push(`${planPath}: missing (run npm run data:ingest)`);
      continue;
    }
    errors.push(...checkCompleteness(mod, source, loaded.path, loaded.data));
    errors.push(...(await checkRegeneration(root, mod, source, loaded.path, data)));
    const m = loaded.data.measures;
    summary.push(
      `${planPath}: ${m.length} measures, ${m.reduce((n, x) => n + x.years.length, 0)} year records, ${m.reduce((n, x) => n + x.indicators.length, 0)} indicators, ${loaded.data.excluded.length} excluded`,
    );
  }
  const withModule = new Set(ingesters.map((m) => m.ingester.file));
  for (const s of data.manifest.sources) {
    if (!withModule.has(s.file)) summary.push(`${s.file}: not published yet (no ingester)`);
  }
  for (const p of data.planFiles) {
    if (!ingesters.some((m) => planFilePath(m.ingester) === p.path)) {
      errors.push(`${p.path}: no ingester in scripts/ingest/sources writes this file`);
    }
  }
  return { errors, summary };
}

async function loadSources(
  root: string,
  data: ProjectData,
  errors: string[],
): Promise<Map<string, SourceText>> {
  const sources = new Map<string, SourceText>();
  for (const [i, entry] of data.manifest.sources.entries()) {
    const rel = `data/sources/${entry.file}`;
    let bytes: Uint8Array;
    try {
      bytes = await readFile(join(root, rel));
    } catch {
      errors.push(`${rel}: listed in data/sources/manifest.json (sources[${i}]) but missing`);
      continue;
    }
    const hash = sha256(bytes);
    if (hash !== entry.sha256) {
      errors.push(
        `${rel}: sha256 expected ${entry.sha256} (data/sources/manifest.json sources[${i}]), got ${hash}`,
      );
    }
    try {
      const text = decodeUtf8(bytes, rel);
      const lines = splitLines(text);
      if (lines.length !== entry.lineCount) {
        errors.push(
          `data/sources/manifest.json: sources[${i}].lineCount: expected ${lines.length} (lines in ${entry.file}), got ${entry.lineCount}`,
        );
      }
      sources.set(entry.file, {
        file: entry.file,
        text,
        lines,
        debris: new Set(entry.debrisLines),
      });
    } catch (error) {
      errors.push((error as Error).message);
    }
  }
  return sources;
}

/** Plan-level text — the title's words and the grade legend — must be printed in the source. */
function checkPlanText(
  path: string,
  plan: ProjectData["planFiles"][number]["data"]["plan"],
  source: SourceText,
): string[] {
  const whole = toComparable(source.lines.join(""));
  const errors: string[] = [];
  for (const [i, g] of plan.grades.entries()) {
    if (!whole.includes(toComparable(g.meaning))) {
      errors.push(
        `${path}: plan.grades[${i}].meaning: text not found in ${source.file}: "${g.meaning}"`,
      );
    }
  }
  return errors;
}

function checkCompleteness(
  mod: SourceModule,
  source: SourceText,
  path: string,
  file: ProjectData["planFiles"][number]["data"],
): string[] {
  const counted = [...new Set(mod.countItems(source.text))];
  const inData = new Set([
    ...file.measures.map((m) => m.code),
    ...file.excluded.map((e) => e.code),
  ]);
  const countedSet = new Set(counted);
  const errors: string[] = [];
  for (const code of counted) {
    if (!inData.has(code)) {
      errors.push(
        `${path}: measures: item "${code}" counted in ${source.file} is neither a measure nor excluded`,
      );
    }
  }
  for (const code of inData) {
    if (!countedSet.has(code)) {
      errors.push(
        `${path}: measures: "${code}" is not among the ${counted.length} items counted in ${source.file}`,
      );
    }
  }
  return errors;
}

async function checkRegeneration(
  root: string,
  mod: SourceModule,
  source: SourceText,
  path: string,
  data: ProjectData,
): Promise<string[]> {
  const curationRel = `data/curation/${curationFileName(mod.ingester.file)}`;
  let curation: CurationFile = { source: mod.ingester.file, patches: [], records: [] };
  try {
    const raw = await readJsonFile(join(root, curationRel), curationRel);
    const parsed = CurationFileSchema.safeParse(raw);
    if (!parsed.success) return formatZodIssues(curationRel, parsed.error, raw);
    curation = parsed.data;
  } catch (error) {
    if (!/cannot read the file/.test((error as Error).message)) return [(error as Error).message];
  }
  let expected: string;
  try {
    expected = serializeJson(
      buildPlanFile(mod.ingester, source.text, curation, data.categories, data.municipalities),
    );
  } catch (error) {
    if (error instanceof CurationError) return [...error.problems];
    return [`${path}: ingest fails: ${(error as Error).message}`];
  }
  const actual = await readFile(join(root, path), "utf8");
  if (actual === expected) return [];
  const a = actual.split("\n");
  const e = expected.split("\n");
  const line = a.findIndex((l, i) => l !== e[i]) + 1 || Math.min(a.length, e.length) + 1;
  return [
    `${path}: line ${line}: differs from what npm run data:ingest generates: expected ${JSON.stringify(e[line - 1] ?? "")}, got ${JSON.stringify(a[line - 1] ?? "")}`,
  ];
}
