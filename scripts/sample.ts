/**
 * npm run data:sample -- <source-file-or-municipality> [n] [--seed S]
 *
 * Prints n measures picked at random (seeded, so a reviewer can ask for "seed 7" again), each
 * normalized field next to the source lines it is proven against — the field's own fieldLines
 * entry, or the measure's range, as the data check uses — with line numbers and raw text.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readPlanFiles } from "../src/lib/data-files.ts";
import { trimLine } from "../src/lib/normalize.ts";
import type { LineRange, Measure } from "../src/schemas/measure.ts";
import { SourceManifestSchema } from "../src/schemas/source.ts";
import { citedRange } from "./check/provenance.ts";
import { splitLines } from "./lib/files.ts";

export const DEFAULT_SEED = 1;
export const DEFAULT_COUNT = 5;

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n distinct items drawn with the seeded PRNG (partial Fisher–Yates), in their original order. */
export function pickSample<T>(items: readonly T[], n: number, seed: number): T[] {
  const random = mulberry32(seed);
  const order = items.map((_, i) => i);
  const count = Math.max(0, Math.min(n, items.length));
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (order.length - i));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((i) => items[i] as T);
}

/** One field of a measure as the sample shows it. */
export interface SampleField {
  path: string;
  value: string | null;
  /** Lines the value is proven against; null for a null value. */
  lines: LineRange | null;
  curated: boolean;
}

/** Every normalized value of a measure, in reading order, with the lines it is cited from. */
export function sampleFields(measure: Measure): SampleField[] {
  const out: SampleField[] = [];
  const add = (path: string, value: string | number | null): void => {
    const text = value === null ? null : String(value);
    out.push({
      path,
      value: text,
      lines: text === null ? null : citedRange(measure, path),
      curated: measure.curatedFields.includes(path),
    });
  };
  add("title", measure.title);
  measure.path.forEach((s, i) => add(`path.${i}.title`, s.title));
  measure.departments.forEach((d, i) => add(`departments.${i}`, d));
  add("division", measure.division);
  add("planPage", measure.planPage);
  add("subLetter", measure.subLetter);
  add("description", measure.description);
  add("goal", measure.goal);
  measure.years.forEach((y, i) => {
    for (const key of ["result", "assessment", "achievement", "nextPlan", "grade"] as const) {
      add(`years.${i}.${key}`, y[key]);
    }
    y.gradesBySection?.forEach((g, j) =>
      add(`years.${i}.gradesBySection.${j}.grade`, `${g.department}: ${g.grade}`),
    );
  });
  measure.indicators.forEach((ind, i) => {
    add(`indicators.${i}.name`, ind.name);
    ind.values.forEach((v, j) => add(`indicators.${i}.values.${j}.value`, v.value));
  });
  measure.budget.forEach((b, i) => add(`budget.${i}.millionYen`, b.millionYen));
  return out;
}

/** A label for a path that says what it is: `years.1.result` → `years.1.result (2021 actual)`. */
function label(measure: Measure, path: string): string {
  const y = /^years\.(\d+)\./u.exec(path);
  const year = y ? measure.years[Number(y[1])] : undefined;
  const step = /^path\.(\d+)\./u.exec(path);
  const p = step ? measure.path[Number(step[1])] : undefined;
  if (year) return `${path} (${year.fiscalYear} ${year.status})`;
  if (p) return `${path} (${p.kind} ${p.number ?? ""})`.replace(" )", ")");
  return path;
}

/** Format one measure for review: each field, then its cited lines (once per distinct range). */
export function formatMeasure(
  measure: Measure,
  sourceLines: readonly string[],
  options: { maxLines?: number; debris?: ReadonlySet<string> } = {},
): string {
  const maxLines = options.maxLines ?? 24;
  const width = String(sourceLines.length).length;
  const [from, to] = measure.source.lines;
  const out: string[] = [`━━ ${measure.id}  ${measure.source.file} lines ${from}–${to}`];
  const shown = new Set<string>();
  const fields = sampleFields(measure);
  for (const field of fields) {
    if (field.value === null || !field.lines) continue;
    const mark = field.curated ? " [curated]" : "";
    out.push(
      `  ${label(measure, field.path)}${mark}:`,
      `      ${field.value.replaceAll("\n", "\n      ")}`,
    );
    const [a, b] = field.lines;
    const key = `${a}-${b}`;
    if (shown.has(key)) {
      out.push(`      ⟵ lines ${a}–${b} (shown above)`);
      continue;
    }
    shown.add(key);
    out.push(`      ⟵ lines ${a}–${b}`);
    const last = Math.min(b, a + maxLines - 1);
    for (let n = a; n <= last; n++) {
      const raw = sourceLines[n - 1] ?? "";
      const debris = options.debris?.has(trimLine(raw)) ? "  (debris)" : "";
      out.push(`      ${String(n).padStart(width)} │ ${raw.replaceAll("\t", "⇥")}${debris}`);
    }
    if (b > last) out.push(`      ${" ".repeat(width)} │ … ${b - last} more lines`);
  }
  const nulls = fields
    .filter((f) => f.value === null)
    .map((f) => f.path + (f.curated ? " [curated]" : ""));
  if (nulls.length > 0) out.push(`  null: ${nulls.join(", ")}`);
  for (const note of measure.notes) out.push(`  note: ${note}`);
  return out.join("\n");
}

/** `<source-file-or-municipality> [n] [--seed S]`. */
export function parseArgs(argv: readonly string[]): {
  target: string;
  count: number;
  seed: number;
} {
  const rest = [...argv];
  let seed = DEFAULT_SEED;
  const at = rest.indexOf("--seed");
  if (at >= 0) {
    seed = Number(rest[at + 1]);
    if (!Number.isInteger(seed))
      throw new Error(`--seed needs an integer, got "${rest[at + 1] ?? ""}"`);
    rest.splice(at, 2);
  }
  const [target, n] = rest;
  if (!target)
    throw new Error("usage: npm run data:sample -- <source-file-or-municipality> [n] [--seed S]");
  const count = n === undefined ? DEFAULT_COUNT : Number(n);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`n must be a positive integer, got "${n}"`);
  return { target, count, seed };
}

async function main(): Promise<void> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const { target, count, seed } = parseArgs(process.argv.slice(2));
  const manifest = SourceManifestSchema.parse(
    JSON.parse(await readFile(join(root, "data/sources/manifest.json"), "utf8")),
  );
  const wanted = basename(target).replace(/\.txt$/u, "");
  const plans = (await readPlanFiles(join(root, "data"))).filter(
    (f) => f.plan.municipality === target || f.plan.source.file.replace(/\.txt$/u, "") === wanted,
  );
  if (plans.length === 0) {
    const known = manifest.sources.map((s) => `${s.file} (${s.municipality})`).join(", ");
    throw new Error(
      `no plan data for "${target}"; sources: ${known} — run npm run data:ingest first`,
    );
  }
  for (const file of plans) {
    const entry = manifest.sources.find((s) => s.file === file.plan.source.file);
    const text = await readFile(join(root, "data/sources", file.plan.source.file), "utf8");
    const picked = pickSample(file.measures, count, seed);
    console.log(
      `${file.plan.municipality}/${file.plan.id}: ${picked.length} of ${file.measures.length} measures, seed ${seed}\n`,
    );
    for (const m of picked) {
      console.log(
        formatMeasure(m, splitLines(text), { debris: new Set(entry?.debrisLines ?? []) }),
      );
      console.log("");
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`data:sample: ${(error as Error).message}`);
    process.exit(1);
  });
}
