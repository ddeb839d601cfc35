/**
 * Bulk downloads written piece by piece: the all-in-one /data/measures.json and .csv, and the
 * per-municipality and per-plan files, are streamed a measure (or a plan) at a time, so no single
 * string holds the whole file (one JSON.stringify of every measure fails past about 140,000
 * measures: V8's string limit). The bytes are the same as JSON.stringify(dataset, null, 2).
 */
import type { Measure } from "../schemas/measure.ts";

/**
 * The all-in-one files stop here. Each measure is about 4.7 KB of JSON (0.55 KB gzip) on the
 * real site, so 50,000 measures make a 235 MB file (27 MB gzip): about the most a researcher can
 * still open in one go (a browser tab, pandas, a spreadsheet import). Past it the build stops
 * with this message rather than publish a file nobody can open; the per-municipality and per-plan
 * files hold the same data at any size. BULK_ALL_IN_ONE_MAX overrides it (docs/scale.md).
 */
export const ALL_IN_ONE_MAX_MEASURES = 50_000;

export function allInOneAllowed(
  measures: number,
  max = Number(process.env["BULK_ALL_IN_ONE_MAX"] ?? ALL_IN_ONE_MAX_MEASURES),
): void {
  if (measures > max) {
    throw new Error(
      `/data/measures.json and .csv: ${measures} measures is past the all-in-one limit of ${max} ` +
        `(src/lib/bulk-stream.ts); publish per municipality (/data/{municipality}/measures.json) ` +
        `or set BULK_ALL_IN_ONE_MAX (see docs/scale.md)`,
    );
  }
}

/** Everything in a dataset file but its measures. */
export interface DatasetHead {
  schemaVersion: string;
  municipalities: readonly unknown[];
  plans: readonly unknown[];
  /** Any further fields of the contract (dataVersion, license …), written in their order. */
  [field: string]: unknown;
}

const indent = (json: string, by: string): string => json.replace(/\n/gu, `\n${by}`);

/** The dataset JSON (2-space indent), in pieces: head, then one piece per measure, then the end. */
export function* datasetJsonPieces(
  head: DatasetHead,
  measures: Iterable<unknown>,
): Generator<string> {
  const field = (key: string, value: unknown): string =>
    `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), "  ")}`;
  const fields = Object.entries(head).filter(([key]) => key !== "measures");
  yield `{\n${fields.map(([key, value]) => `${field(key, value)},\n`).join("")}  "measures": [`;
  let first = true;
  for (const m of measures) {
    yield `${first ? "\n" : ",\n"}    ${indent(JSON.stringify(m, null, 2), "    ")}`;
    first = false;
  }
  yield first ? "]\n}" : "\n  ]\n}";
}

/** One CSV from per-plan CSV texts that share a header: the BOM and header once. */
export function* joinedCsvPieces(parts: Iterable<string>): Generator<string> {
  let first = true;
  for (const part of parts) {
    if (first) yield part;
    else yield part.slice(part.indexOf("\n") + 1);
    first = false;
  }
}

/** A Response body that encodes the pieces as they are pulled (nothing joined in memory). */
export function streamOf(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/** Measures grouped by plan, in order: for writing one file per plan or municipality. */
export function groupByPlan(measures: readonly Measure[]): Map<string, Measure[]> {
  const out = new Map<string, Measure[]>();
  for (const m of measures) {
    const key = `${m.municipality}/${m.plan}`;
    const list = out.get(key);
    if (list) list.push(m);
    else out.set(key, [m]);
  }
  return out;
}
