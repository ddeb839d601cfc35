/**
 * The API examples on /data/: every URL a pandas or R example reads exists in the build, and
 * every column it names is in that file. The page's code blocks are matched against the spec
 * they are written from (src/lib/tables/api.ts), so the columns checked are the ones shown.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import {
  FIRST_LINES_COLUMNS,
  listApiEndpoints,
  type ApiEndpoint,
  type ApiExample,
} from "../../src/lib/tables/api.ts";
import { DIST, readPage } from "./site.ts";

const decoder = new TextDecoder("utf-8");

/** Text of every <pre><code> block on the page, entities decoded. */
function readCodeBlocks(html: string): string[] {
  return [...html.matchAll(/<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)].map(([, body]) =>
    (body ?? "")
      .replace(/<[^>]+>/g, "")
      .replaceAll("&quot;", '"')
      .replaceAll("&#34;", '"')
      .replaceAll("&#39;", "'")
      .replaceAll("&lt;", "<")
      .replaceAll("&gt;", ">")
      .replaceAll("&amp;", "&"),
  );
}

const urlsIn = (code: string): URL[] =>
  [...code.matchAll(/"(https?:\/\/[^"]+)"/g)].map(([, u]) => new URL(u ?? ""));

const dig = (value: unknown, path: string | undefined): unknown =>
  (path ? path.split(".") : []).reduce(
    (v, k) => (v as Record<string, unknown> | undefined)?.[k],
    value,
  );

/** The column names (or keys) present in the file an example reads. */
async function readColumns(e: ApiExample): Promise<Set<string>> {
  const bytes = await readFile(join(DIST, e.file));
  if (e.format === "csv") return new Set((parse(bytes, { bom: true, to: 1 }) as string[][])[0]);
  if (e.format === "zip") {
    const member = unzipSync(new Uint8Array(bytes))[e.member ?? ""];
    if (!member) return new Set();
    return new Set((parse(Buffer.from(member), { bom: true, to: 1 }) as string[][])[0]);
  }
  const json = JSON.parse(decoder.decode(bytes)) as unknown;
  if (e.keysAt) return new Set(Object.keys(dig(json, e.keysAt) as object));
  const rows = dig(json, e.rowsAt) as Record<string, unknown>[];
  return new Set(rows.flatMap((r) => Object.keys(r)));
}

let blocks: string[];
let endpoints: ApiEndpoint[];

beforeAll(async () => {
  blocks = readCodeBlocks(await readPage("/data/"));
  const origin = blocks.flatMap(urlsIn)[0]?.origin ?? "";
  const sample = blocks
    .flatMap(urlsIn)
    .map((u) =>
      /^\/data\/tables\/([a-z]+)\/([a-z0-9-]+)\/([A-Za-z0-9-]+)\/[a-z_]+\.json$/.exec(u.pathname),
    )
    .find(Boolean);
  endpoints = listApiEndpoints(origin, {
    municipality: sample?.[1] ?? "",
    plan: sample?.[2] ?? "",
    code: sample?.[3] ?? "",
  });
});

describe("API examples on /data/", () => {
  it("reads only URLs that exist in the build", () => {
    const urls = blocks.flatMap(urlsIn);
    expect(urls.length).toBeGreaterThan(20);
    const missing = urls.map((u) => u.pathname).filter((p) => !existsSync(join(DIST, p)));
    expect(missing).toEqual([]);
  });

  it("shows, for every endpoint, a pandas and an R example exactly as its spec writes them", () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(10);
    for (const e of endpoints) {
      expect(blocks, `${e.pattern} pandas`).toContain(e.pandas);
      expect(blocks, `${e.pattern} R`).toContain(e.r);
    }
    // Nothing else on the page reads a URL: every block is an endpoint example or the first lines.
    const known = new Set(endpoints.flatMap((e) => [e.pandas, e.r]));
    expect(blocks.filter((b) => !known.has(b))).toHaveLength(1);
  });

  it("names only columns that are in the file each example reads", async () => {
    const problems: string[] = [];
    for (const e of endpoints) {
      const present = await readColumns(e.example);
      for (const c of [...e.example.columns, ...(e.example.textColumns ?? [])])
        if (!present.has(c))
          problems.push(
            `${e.example.file}${e.example.member ? `:${e.example.member}` : ""}: no column ${c}`,
          );
    }
    expect(problems).toEqual([]);
  });

  it("the first three lines read two tables and join them on columns both have", async () => {
    const first = blocks.find((b) => b.includes("years.merge("));
    expect(first).toBeDefined();
    for (const url of urlsIn(first ?? "")) {
      const table = url.pathname
        .split("/")
        .pop()!
        .replace(/\.csv$/, "") as keyof typeof FIRST_LINES_COLUMNS;
      const present = await readColumns({ file: url.pathname, format: "csv", columns: [] });
      for (const c of FIRST_LINES_COLUMNS[table]) expect(present, `${table}.${c}`).toContain(c);
      for (const c of FIRST_LINES_COLUMNS[table]) expect(first).toContain(`"${c}"`);
    }
  });
});
