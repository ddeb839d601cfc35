/**
 * `npm run bench -- --scale N` — the scale benchmark. Prints numbers, asserts nothing.
 *
 * For each N: copies the project to a temporary directory (never the real data/ or dist/),
 * runs the real ingest there, adds N − 1 synthetic copies of every municipality (real text
 * recombined, scripts/bench/synthetic.ts), and measures each step of the real pipeline:
 * wall time and peak memory (resident memory of the step's process tree, sampled),
 * pages, output and index size, the bytes a first search fetches in Chromium (five queries,
 * unfiltered and filtered to one municipality, each in a fresh browser context), and the build
 * time against a bare-Astro site with the same page count.
 */
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { mkdir, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readPlanFiles } from "../../src/lib/data-files.ts";
import type { Municipality } from "../../src/schemas/municipality.ts";
import { launchChromium } from "../../tests/e2e/chromium.ts";
import { serveDirectory } from "../../tests/e2e/serve.ts";
import { buildFloor } from "./floor.ts";
import { copyMunicipality, copyPlanFile } from "./synthetic.ts";

/** Five typical first searches: a compound, a common word, a group, a rarer term, a variant. */
export const QUERIES = ["ゲートキーパー", "相談", "高齢者", "自殺未遂", "子ども"];
/** The filtered searches narrow to this real municipality (its filter value is its name). */
const FILTER_MUNICIPALITY = "練馬区";

interface Step {
  name: string;
  seconds: number;
  peakMb: number;
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) return true;
    }
    return false;
  };
  let bytes = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      bytes += Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // ended
    }
  }
  return bytes;
}

/**
 * Run a command: wall seconds and peak memory, the largest sum of resident memory over the
 * process and its children (pagefind runs as a child of node), sampled every 200 ms.
 */
async function measured(name: string, cwd: string, command: string, args: string[]): Promise<Step> {
  const started = process.hrtime.bigint();
  const child = spawn(command, args, {
    cwd,
    stdio: "inherit",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`bench: ${name} failed (exit ${code}) in ${cwd}`);
  return { name, seconds, peakMb: peak / 1024 / 1024 };
}

async function walk(dir: string): Promise<{ files: number; bytes: number; pages: number }> {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = await walk(full);
      files += sub.files;
      bytes += sub.bytes;
      pages += sub.pages;
    } else {
      files += 1;
      bytes += (await stat(full)).size;
      if (entry.name.endsWith(".html")) pages += 1;
    }
  }
  return { files, bytes, pages };
}

function memAvailableGb(): number {
  const kb = Number(/MemAvailable:\s+(\d+)/u.exec(readFileSync("/proc/meminfo", "utf8"))?.[1] ?? 0);
  return kb / 1024 / 1024;
}

/** Text resources count gzip-compressed, as a static host serves them; binary ones as they are. */
function servedBytes(contentType: string, body: Buffer): number {
  return /text|javascript|json|xml|svg/u.test(contentType) ? gzipSync(body).length : body.length;
}

/** Where a first search's bytes go, by kind of resource. */
const KINDS: [string, RegExp][] = [
  // The whole-site index an unfiltered search reads (src/lib/search/site-index.ts).
  ["site words", /\/pagefind\/site\/w\//u],
  ["site cards", /\/pagefind\/site\/c\//u],
  ["fragments", /\.pf_fragment$/u],
  ["index", /\.pf_index$/u],
  ["filters", /\.pf_filter$/u],
  ["meta", /\.pf_meta$|pagefind-entry\.json$|shards\.json$/u],
  ["pagefind code", /\/pagefind[^/]*\/.*\.(js|pagefind)$/u],
  ["page", /./u],
];

interface SearchCost {
  query: string;
  filtered: boolean;
  kb: number;
  /** KB per kind of resource (KINDS). */
  byKind: Record<string, number>;
  requests: number;
  ms: number;
  results: number;
}

/** Poll until `ok(value)` (at most a minute): the browser renders results asynchronously. */
async function expect_<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<void> {
  const until = Date.now() + 60_000;
  while (!ok(await read())) {
    if (Date.now() > until) throw new Error("bench: results did not appear within a minute");
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function searchCosts(dist: string): Promise<SearchCost[]> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const out: SearchCost[] = [];
  try {
    for (const filtered of [false, true]) {
      for (const query of QUERIES) {
        const context = await browser.newContext();
        const page = await context.newPage();
        let bytes = 0;
        let requests = 0;
        const byKind: Record<string, number> = {};
        const pending: Promise<void>[] = [];
        page.on("response", (response) => {
          pending.push(
            response
              .body()
              .then((body) => {
                const served = servedBytes(response.headers()["content-type"] ?? "", body);
                const path = new URL(response.url()).pathname;
                const kind = KINDS.find(([, re]) => re.test(path))?.[0] ?? "page";
                byKind[kind] = (byKind[kind] ?? 0) + served / 1024;
                bytes += served;
                requests += 1;
              })
              .catch(() => undefined),
          );
        });
        const params = new URLSearchParams({ q: query });
        if (filtered) params.append("municipality", FILTER_MUNICIPALITY);
        const started = Date.now();
        await page.goto(`${server.url}/search/?${params}`);
        const status = page.locator("[data-search-status]");
        await status.filter({ hasText: /件|見つかりませんでした/u }).waitFor({ timeout: 120_000 });
        const ms = Date.now() - started;
        const results = Number(/(\d+)件/u.exec((await status.textContent()) ?? "")?.[1] ?? 0);
        // The first page of results (up to 20) is on screen once its fragments have arrived.
        const shown = page.locator("[data-search-results] > li");
        await expect_(
          () => shown.count(),
          (n) => n >= Math.min(20, results),
        );
        await page.waitForTimeout(300);
        await Promise.all(pending);
        out.push({ query, filtered, kb: bytes / 1024, byKind, requests, ms, results });
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

/** Copy what the build reads; node_modules is linked, data/ is the real data plus synthetic copies. */
export function copyProject(root: string, dir: string): void {
  for (const name of [
    "src",
    "scripts",
    "data",
    "public",
    "astro.config.mjs",
    "package.json",
    "tsconfig.json",
  ]) {
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  // Municipality ids may be a closed list in the schema; synthetic ids must pass it in the copy.
  const schema = join(dir, "src/schemas/municipality.ts");
  if (existsSync(schema)) {
    const text = readFileSync(schema, "utf8");
    writeFileSync(
      schema,
      text.replace(/id: z\.enum\(\[[^\]]*\]\)/u, "id: z.string().regex(/^[a-z]+$/u)"),
    );
  }
}

export async function synthesize(dir: string, scale: number): Promise<void> {
  const data = join(dir, "data");
  const files = await readPlanFiles(data);
  const registryPath = join(data, "municipalities.json");
  const registry = JSON.parse(readFileSync(registryPath, "utf8")) as {
    municipalities: Municipality[];
  };
  const real = [...registry.municipalities];
  for (let k = 1; k < scale; k++) {
    registry.municipalities.push(...real.map((m) => copyMunicipality(m, k)));
    for (const file of files) {
      const copy = copyPlanFile(file, k);
      await mkdir(join(data, copy.plan.municipality), { recursive: true });
      await writeFile(
        join(data, copy.plan.municipality, `${copy.plan.id}.json`),
        JSON.stringify(copy),
      );
    }
  }
  registry.municipalities = [...new Map(registry.municipalities.map((m) => [m.id, m])).values()];
  writeFileSync(registryPath, JSON.stringify(registry, null, 2));
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export interface ScaleRow {
  scale: number;
  pages: number;
  measurePages: number;
  steps: Step[];
  floorSeconds: number;
  outputBytes: number;
  indexBytes: number;
  indexFiles: number;
  search: SearchCost[];
}

export interface ScaleOptions {
  /** Shards of the site build (scripts/build-site.ts); its default when undefined. */
  shards?: number;
  /** Empty the kernel's caches before each timed build (Linux, root). */
  dropCaches: boolean;
}

/**
 * Before a timed build: write back and drop the kernel's page, inode and directory caches, so
 * every build starts from the same state. On the benchmark machine (a VM) creating a file got
 * up to 30 times slower as those caches filled during a session (20 µs → 0.3–1 ms), which
 * moved single runs by a factor of two; the floor and the site build are treated alike.
 */
function coldCaches(options: ScaleOptions): void {
  if (!options.dropCaches) return;
  execFileSync("sync");
  try {
    writeFileSync("/proc/sys/vm/drop_caches", "3\n");
  } catch (error) {
    throw new Error(
      `bench: --drop-caches needs root on Linux (/proc/sys/vm/drop_caches): ${(error as Error).message}`,
    );
  }
}

async function runOne(root: string, scale: number, options: ScaleOptions): Promise<ScaleRow> {
  const dir = mkdtempSync(join(tmpdir(), `shisaku-bench-${scale}-`));
  console.log(`\n== scale ${scale}: ${dir} (memory available ${memAvailableGb().toFixed(1)} GB)`);
  try {
    copyProject(root, dir);
    const node = process.execPath;
    const steps: Step[] = [];
    steps.push(await measured("ingest", dir, node, ["scripts/ingest.ts"]));
    const synthStarted = process.hrtime.bigint();
    await synthesize(dir, scale);
    steps.push({
      name: "synthesize",
      seconds: Number(process.hrtime.bigint() - synthStarted) / 1e9,
      peakMb: process.memoryUsage().rss / 1024 / 1024,
    });
    const shardArgs = options.shards === undefined ? [] : ["--shards", String(options.shards)];
    coldCaches(options);
    steps.push(await measured("site build", dir, node, ["scripts/build-site.ts", ...shardArgs]));
    console.log(`   memory available before indexing: ${memAvailableGb().toFixed(1)} GB`);
    coldCaches(options);
    steps.push(await measured("search index", dir, node, ["scripts/build-search.ts"]));
    const dist = join(dir, "dist");
    const site = await walk(dist);
    const index = await walk(join(dist, "pagefind"));
    const measurePages = (await readPlanFiles(join(dir, "data"))).reduce(
      (n, f) => n + f.measures.length,
      0,
    );
    const pages = site.pages - index.pages;
    const floorSeconds =
      buildFloor(root, join(dir, "floor"), pages, () => coldCaches(options)) / 1000;
    const search = await searchCosts(dist);
    return {
      scale,
      pages,
      measurePages,
      steps,
      floorSeconds,
      outputBytes: site.bytes - index.bytes,
      indexBytes: index.bytes,
      indexFiles: index.files,
      search,
    };
  } finally {
    if (!process.env["BENCH_KEEP"]) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The site build compared with the floor: `npm run build:site` (scripts/build-site.ts), the
 * pages and each measure's files, sharded over the cores. Share images and the search index are
 * apart.
 */
const siteBuild = (row: ScaleRow): Step | undefined =>
  row.steps.find((s) => s.name === "site build");

function printRow(row: ScaleRow): void {
  const build = siteBuild(row);
  console.log(`\nscale ${row.scale}: ${row.pages} pages (${row.measurePages} measure pages)`);
  console.log("step            wall s   peak memory");
  for (const s of row.steps) {
    console.log(
      `${s.name.padEnd(14)} ${s.seconds.toFixed(1).padStart(7)}   ${(s.peakMb / 1024).toFixed(2)} GB`,
    );
  }
  console.log(`floor (bare Astro, ${row.pages} pages): ${row.floorSeconds.toFixed(1)} s`);
  if (build) {
    console.log(
      `site build (pages + measure files) / floor: ${(build.seconds / row.floorSeconds).toFixed(2)}×, ${((build.seconds * 1000) / row.pages).toFixed(1)} ms/page`,
    );
  }
  console.log(
    `output (without index): ${mb(row.outputBytes)}; index: ${mb(row.indexBytes)} in ${row.indexFiles} files`,
  );
  console.log(
    "first search (fresh context; text gzip-counted)   KB    requests  ms to result  results",
  );
  for (const s of row.search) {
    const label = `${s.query}${s.filtered ? ` [${FILTER_MUNICIPALITY}]` : ""}`;
    console.log(
      `  ${label.padEnd(22)} ${s.kb.toFixed(1).padStart(26)} ${String(s.requests).padStart(9)} ${String(s.ms).padStart(13)} ${String(s.results).padStart(8)}`,
    );
  }
  printKinds(row);
}

export function printSearch(search: SearchCost[]): void {
  for (const s of search) {
    const label = `${s.query}${s.filtered ? ` [${FILTER_MUNICIPALITY}]` : ""}`;
    console.log(
      `  ${label.padEnd(22)} ${s.kb.toFixed(1).padStart(8)} KB ${String(s.requests).padStart(4)} requests ${String(s.results).padStart(6)} results`,
    );
  }
  printKinds({ search } as ScaleRow);
}

function printKinds(row: Pick<ScaleRow, "search">): void {
  for (const filtered of [false, true]) {
    const of = row.search.filter((s) => s.filtered === filtered);
    const parts = KINDS.map(([kind]) => {
      const mean = of.reduce((n, s) => n + (s.byKind[kind] ?? 0), 0) / Math.max(1, of.length);
      return `${kind} ${mean.toFixed(1)}`;
    });
    console.log(`  mean KB by kind${filtered ? " [filtered]" : ""}: ${parts.join(", ")}`);
  }
}

function summary(rows: ScaleRow[]): void {
  const step = (r: ScaleRow, n: string): Step | undefined => r.steps.find((s) => s.name === n);
  const maxKb = (r: ScaleRow, filtered: boolean): string =>
    Math.max(...r.search.filter((s) => s.filtered === filtered).map((s) => s.kb)).toFixed(0);
  console.log(
    "\n| N | pages | ingest s | site build s, GB | floor s | site build / floor | ms/page | search index s, GB | output MB | index MB, files | first search max KB (unfiltered / one municipality) |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    const b = siteBuild(r);
    const i = step(r, "search index");
    const g = step(r, "ingest");
    if (!b || !i || !g) continue;
    console.log(
      `| ${r.scale} | ${r.pages} | ${g.seconds.toFixed(1)} | ${b.seconds.toFixed(1)}, ${(b.peakMb / 1024).toFixed(2)} | ${r.floorSeconds.toFixed(1)} | ${(b.seconds / r.floorSeconds).toFixed(2)}× | ${((b.seconds * 1000) / r.pages).toFixed(1)} | ${i.seconds.toFixed(1)}, ${(i.peakMb / 1024).toFixed(2)} | ${(r.outputBytes / 1048576).toFixed(0)} | ${(r.indexBytes / 1048576).toFixed(1)}, ${r.indexFiles} | ${maxKb(r, false)} / ${maxKb(r, true)} |`,
    );
  }
}

export async function runScale(
  root: string,
  scales: number[],
  options: ScaleOptions,
): Promise<void> {
  const rows: ScaleRow[] = [];
  for (const scale of scales) {
    const row = await runOne(root, scale, options);
    printRow(row);
    rows.push(row);
  }
  summary(rows);
}
