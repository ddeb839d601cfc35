/**
 * `npm run new:source -- <name> <municipality> --source <file> --year <fiscal year>` — the first
 * steps of docs/adding-a-source.md done for you: a parser, its independent item counter, a test,
 * a fixture (the first lines of the source) and the manifest entry. The parser reads a report
 * printed as a numbered list; it is a starting point to adapt, and its test fails if it reads
 * nothing. The municipality must already be in data/municipalities.json.
 */
import { readFile, writeFile, mkdir, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { format, resolveConfig } from "prettier";
import { gregorianToEra } from "../../src/lib/fiscal-year.ts";
import { MunicipalitiesFileSchema, requireMunicipality } from "../../src/schemas/municipality.ts";
import { SourceManifestSchema } from "../../src/schemas/source.ts";
import { serializeJson } from "../ingest/pipeline.ts";
import { decodeUtf8, sha256, splitLines } from "../lib/files.ts";

export interface ScaffoldOptions {
  /** Project root to write into. */
  root: string;
  /** Module name, lower-case with hyphens: scripts/ingest/sources/<name>.ts. */
  name: string;
  /** Municipality id, as listed in data/municipalities.json. */
  municipality: string;
  /** The source file, already copied unchanged into data/sources/. */
  source: string;
  /** The fiscal year the report covers (Gregorian start year). */
  fiscalYear: number;
  /** Plan slug (data/<municipality>/<plan>.json); defaults to suicide-prevention. */
  plan?: string;
}

/** Lines of the source copied into the fixture: enough for a few items, line numbers kept. */
const FIXTURE_LINES = 40;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function fiscalYearLabel(fy: number): string {
  const { era, year } = gregorianToEra(fy);
  return `${era}${year === 1 ? "元" : year}年度`;
}

function parserText(o: Required<ScaffoldOptions>, title: string): string {
  return `/**
 * ${title} (${o.source}), scaffolded by \`npm run new:source\`. It reads a report printed as a
 * numbered list; adapt it to the source's real layout and say which lines each rule relies on
 * (docs/adding-a-source.md):
 *   基本施策1 <section title>
 *   1 <measure title>
 *   担当：<department>
 *   <what was done, wrapped by the layout>
 */
import { joinWrappedLines, trimLine } from "../../../src/lib/normalize.ts";
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import type { PlanFileInput } from "../../../src/schemas/plan.ts";
import type { SourceIngester } from "../types.ts";

export { countItems } from "../counters/${o.name}.ts";

const FILE = ${JSON.stringify(o.source)};
const MUNICIPALITY = ${JSON.stringify(o.municipality)};
const PLAN_ID = ${JSON.stringify(o.plan)};
/** As printed on line 1. */
const TITLE = ${JSON.stringify(title)};
const FISCAL_YEAR = ${o.fiscalYear};

const SECTION = /^(基本施策|重点施策)\\s*(\\d+)\\s+(.+)$/u;
const ITEM = /^(\\d+)\\s+(.+)$/u;
const DEPARTMENT = /^担当：(.+)$/u;

interface Section {
  kind: string;
  number: string;
  title: string;
  line: number;
}

function toMeasure(lines: readonly string[], section: Section, first: number, last: number): MeasureInput {
  const [, code = "", title = ""] = ITEM.exec(trimLine(lines[first - 1] ?? "")) ?? [];
  const department = DEPARTMENT.exec(trimLine(lines[first] ?? ""))?.[1] ?? null;
  const body = department === null ? first + 1 : first + 2;
  const result = body <= last ? joinWrappedLines(lines.slice(body - 1, last)) : null;
  const fieldLines: Record<string, [number, number]> = {
    title: [first, first],
    "path.0.title": [section.line, section.line],
  };
  if (department !== null) fieldLines["departments.0"] = [first + 1, first + 1];
  if (result !== null) fieldLines["years.0.result"] = [body, last];
  return {
    id: \`\${MUNICIPALITY}/\${PLAN_ID}/\${code}\`,
    url: \`/\${MUNICIPALITY}/\${PLAN_ID}/\${code}/\`,
    municipality: MUNICIPALITY,
    plan: PLAN_ID,
    code,
    title,
    path: [{ kind: section.kind, number: section.number, title: section.title }],
    category: null,
    departments: department === null ? [] : [department],
    description: null,
    goal: null,
    planPage: null,
    repostOf: null,
    years: [
      {
        fiscalYear: FISCAL_YEAR,
        status: "actual",
        result,
        grade: null,
        gradesBySection: null,
        achievement: null,
        assessment: null,
        nextPlan: null,
      },
    ],
    indicators: [],
    budget: [],
    source: { file: FILE, lines: [first, last] },
    fieldLines,
    notes: [],
  };
}

function parse(text: string): PlanFileInput {
  const lines = text.split("\\n");
  const measures: MeasureInput[] = [];
  let section: Section | null = null;
  let start: number | null = null;
  let last = 0;
  const close = (): void => {
    if (start === null) return;
    if (!section) throw new Error(\`\${FILE} line \${start}: an item before any 基本施策 heading\`);
    measures.push(toMeasure(lines, section, start, last));
    start = null;
  };
  lines.forEach((raw, i) => {
    const line = trimLine(raw);
    const heading = SECTION.exec(line);
    if (heading) {
      close();
      section = { kind: heading[1] ?? "", number: heading[2] ?? "", title: heading[3] ?? "", line: i + 1 };
    } else if (ITEM.test(line)) {
      close();
      start = i + 1;
    }
    if (line !== "") last = i + 1;
  });
  close();
  return {
    plan: {
      id: PLAN_ID,
      municipality: MUNICIPALITY,
      title: TITLE,
      kind: "suicide-prevention",
      fiscalYears: [FISCAL_YEAR],
      grades: [],
      source: { file: FILE, title: TITLE, publisher: null, date: null },
    },
    measures,
    excluded: [],
  };
}

export const ingester: SourceIngester = {
  file: FILE,
  municipality: MUNICIPALITY,
  planId: PLAN_ID,
  parse,
};
`;
}

function counterText(o: Required<ScaffoldOptions>): string {
  return `/**
 * Independent item counter for ${o.source}. It shares no code with the parser it checks
 * (scripts/ingest/counters/counters.test.ts): count the source's numbered items another way.
 */
import type { ItemCounter } from "../types.ts";

/** Every line that starts with a number and a space is one numbered item. */
export const countItems: ItemCounter = (text) =>
  text.split("\\n").flatMap((line) => /^\\s*(\\d+)\\s/u.exec(line)?.[1] ?? []);
`;
}

function testText(o: Required<ScaffoldOptions>): string {
  return `import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countItems, ingester } from "./${o.name}.ts";

/** The first ${FIXTURE_LINES} lines of ${o.source}, line numbers kept. */
const fixture = readFileSync(
  new URL("../../../tests/fixtures/sources/${o.name}.txt", import.meta.url),
  "utf8",
);
const plan = ingester.parse(fixture, { source: ${JSON.stringify(o.source)}, patches: [], records: [] });

describe(${JSON.stringify(o.name)}, () => {
  it("reads every numbered item of the fixture, in order", () => {
    expect(plan.measures.length).toBeGreaterThan(0);
    expect(plan.measures.map((m) => m.code)).toEqual(countItems(fixture));
  });
  it("gives every measure a title and a result", () => {
    for (const m of plan.measures) {
      expect(m.title, m.code).not.toBe("");
      expect(m.years[0]?.result, m.code).not.toBeNull();
    }
  });
});
`;
}

/** Write the scaffold; returns the files written (relative to root). Refuses to overwrite. */
export async function scaffoldSource(options: ScaffoldOptions): Promise<string[]> {
  const o: Required<ScaffoldOptions> = { plan: "suicide-prevention", ...options };
  if (!/^[a-z][a-z0-9-]*$/u.test(o.name)) {
    throw new Error(`name "${o.name}": use lower-case letters, digits and hyphens`);
  }
  const registry = MunicipalitiesFileSchema.parse(
    JSON.parse(await readFile(join(o.root, "data/municipalities.json"), "utf8")),
  );
  requireMunicipality(registry.municipalities, o.municipality, "the municipality argument");
  const sourcePath = join(o.root, "data/sources", o.source);
  if (!(await exists(sourcePath))) {
    throw new Error(`data/sources/${o.source}: not found; copy the source there unchanged first`);
  }
  const bytes = await readFile(sourcePath);
  const lines = splitLines(decodeUtf8(bytes, `data/sources/${o.source}`));
  const title = lines.map((l) => l.trim()).find((l) => l !== "") ?? o.source;
  const files: [string, string][] = [
    [`scripts/ingest/sources/${o.name}.ts`, parserText(o, title)],
    [`scripts/ingest/counters/${o.name}.ts`, counterText(o)],
    [`scripts/ingest/sources/${o.name}.test.ts`, testText(o)],
    [`tests/fixtures/sources/${o.name}.txt`, `${lines.slice(0, FIXTURE_LINES).join("\n")}\n`],
  ];
  for (const [rel] of files) {
    if (await exists(join(o.root, rel))) throw new Error(`${rel}: already exists`);
  }
  const manifestPath = join(o.root, "data/sources/manifest.json");
  const manifest = SourceManifestSchema.parse(JSON.parse(await readFile(manifestPath, "utf8")));
  if (manifest.sources.some((s) => s.file === o.source)) {
    throw new Error(`data/sources/manifest.json: ${o.source} is already listed`);
  }
  manifest.sources.push({
    file: o.source,
    municipality: o.municipality,
    title,
    publisher: null,
    date: null,
    period: fiscalYearLabel(o.fiscalYear),
    lineCount: lines.length,
    sha256: sha256(bytes),
    debrisLines: [],
    // Where the municipality published it, and its terms: fill in from evidence only
    // (docs/adding-a-source.md).
    publication: null,
  });
  for (const [rel, text] of files) {
    const path = join(o.root, rel);
    await mkdir(dirname(path), { recursive: true });
    // Written as the project formats code, so `npm run format:check` stays clean.
    const formatted = rel.endsWith(".ts")
      ? await format(text, { ...(await resolveConfig(path)), filepath: path })
      : text;
    await writeFile(path, formatted);
  }
  await writeFile(manifestPath, serializeJson(manifest));
  return [...files.map(([rel]) => rel), "data/sources/manifest.json"];
}
