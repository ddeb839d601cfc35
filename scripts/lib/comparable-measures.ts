/**
 * The measures counterparts are computed over, read straight from data/<municipality>/*.json
 * (outside Astro): every measure of a suicide-prevention plan. Strategic plans exist for Nerima
 * only, so they have nothing to be compared with.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Measure } from "../../src/schemas/measure.ts";
import type { CounterpartPair } from "../../src/lib/counterpart-quality.ts";

const root = join(import.meta.dirname, "..", "..");
const NOT_MUNICIPALITIES = new Set(["sources", "curation"]);

export function loadComparableMeasures(): Measure[] {
  const out: Measure[] = [];
  for (const entry of readdirSync(join(root, "data"), { withFileTypes: true })) {
    if (!entry.isDirectory() || NOT_MUNICIPALITIES.has(entry.name)) continue;
    const dir = join(root, "data", entry.name);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const plan = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
        plan: { kind: string };
        measures: Measure[];
      };
      if (plan.plan.kind === "suicide-prevention") out.push(...plan.measures);
    }
  }
  return out;
}

/** The hand-checked counterpart pairs (tests/fixtures/counterparts.json). */
export function loadCounterpartPairs(): CounterpartPair[] {
  const text = readFileSync(join(root, "tests/fixtures/counterparts.json"), "utf8");
  return (JSON.parse(text) as { pairs: CounterpartPair[] }).pairs;
}
