/**
 * "Every value cited down to the source line", as a reader sees it: for a seeded sample of 30
 * measures, open the measure page, click the link next to a value (its year section, its
 * indicator, or the 出典 block), and check that the source page shows the cited lines in view
 * and that they print the value (compared as the data check compares: NFKC, no whitespace,
 * layout-debris lines skipped).
 */
import type { Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toComparable, trimLine } from "../../src/lib/normalize.ts";
import type { Measure } from "../../src/schemas/measure.ts";
import { SourceManifestSchema } from "../../src/schemas/source.ts";
import { startBrowserSession, type BrowserSession } from "./browser-session.ts";
import { readDataset } from "./site.ts";

const SAMPLE_SIZE = 30;
const SEED = 20261202;

const manifest = SourceManifestSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../data/sources/manifest.json"), "utf8")),
);

/** mulberry32: a small seeded PRNG, so the sample is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cited {
  /** Where the link sits on the measure page. */
  linkSelector: string;
  path: string;
  value: string;
  /** The value's own cited lines. */
  lines: [number, number];
}

/** A value of the measure with its own lines, and the page link that should lead to them. */
function pickValue(m: Measure): Cited {
  for (const [i, y] of m.years.entries()) {
    for (const f of ["result", "assessment", "achievement", "nextPlan"] as const) {
      const lines = m.fieldLines[`years.${i}.${f}`];
      const value = y[f];
      if (lines && value) {
        return {
          linkSelector: `#fy${y.fiscalYear} .source-link`,
          path: `years.${i}.${f}`,
          value,
          lines,
        };
      }
    }
  }
  for (const [i, ind] of m.indicators.entries()) {
    for (const [j, v] of ind.values.entries()) {
      const lines = m.fieldLines[`indicators.${i}.values.${j}.value`];
      if (lines && v.value) {
        return {
          linkSelector: `#indicators tbody tr:nth-child(${i + 1}) .source-link`,
          path: `indicators.${i}.values.${j}.value`,
          value: v.value,
          lines,
        };
      }
    }
  }
  return {
    linkSelector: "#source .source-link",
    path: "title",
    value: m.title,
    lines: m.source.lines,
  };
}

let session: BrowserSession;
let sample: Measure[];

beforeAll(async () => {
  session = await startBrowserSession();
  const { measures } = await readDataset();
  const random = seeded(SEED);
  const pool = [...measures];
  sample = [];
  while (sample.length < SAMPLE_SIZE && pool.length > 0) {
    sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  }
});

afterAll(async () => {
  await session?.close();
});

async function printedLines(page: Page, [from, to]: [number, number]): Promise<string[]> {
  return page.evaluate(
    ([a, b]) => {
      const out: string[] = [];
      for (let n = a; n <= b; n++) out.push(document.getElementById(`L${n}`)?.textContent ?? "");
      return out;
    },
    [from, to] as [number, number],
  );
}

describe("from a value to its source line, in Chromium", () => {
  it(`follows the link of ${SAMPLE_SIZE} sampled measures and finds the cited text there`, async () => {
    const failures: string[] = [];
    for (const m of sample) {
      const cited = pickValue(m);
      const debris = new Set(
        manifest.sources.find((s) => s.file === m.source.file)?.debrisLines ?? [],
      );
      const page = await session.open(m.url, 1024, true);
      const link = page.locator(cited.linkSelector).first();
      const href = (await link.getAttribute("href")) ?? "";
      const range = /lines=(\d+)-(\d+)#L(\d+)$/.exec(href) ?? /#L(\d+)$/.exec(href);
      if (!range) {
        failures.push(`${m.id} ${cited.path}: no link at ${cited.linkSelector}`);
        await page.context().close();
        continue;
      }
      const from = Number(range[1]);
      const to = range.length > 2 ? Number(range[2]) : from;
      if (cited.lines[0] < from || cited.lines[1] > to) {
        failures.push(
          `${m.id} ${cited.path}: lines ${cited.lines} outside the linked ${from}-${to}`,
        );
      }
      await link.click();
      await page.waitForURL(`**/sources/**#L${from}`);
      // The first linked line is in view and marked.
      const first = page.locator(`#L${from}`);
      const inView = await first.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      });
      if (!inView) failures.push(`${m.id}: line ${from} not in view after the click`);
      if (from !== to) {
        await page.locator(`#L${to}.in-range`).waitFor({ state: "attached" });
      }
      const text = toComparable(
        (await printedLines(page, cited.lines)).filter((l) => !debris.has(trimLine(l))).join(""),
      );
      const missing = cited.value
        .split("\n")
        .map((p) => p.trim())
        .find((p) => p !== "" && !text.includes(toComparable(p)));
      if (missing !== undefined) {
        failures.push(
          `${m.id} ${cited.path}: "${missing.slice(0, 30)}" not printed at lines ${cited.lines}`,
        );
      }
      await page.context().close();
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it("marks a range given as #L-L without a query, and shows lines without JavaScript", async () => {
    const m = sample[0]!;
    const [from, to] = m.source.lines;
    const page = await session.open(
      `/sources/${m.source.file.replace(/\.txt$/, "")}/#L${from}-L${to}`,
      1024,
      true,
    );
    await page.locator(`#L${from}.in-range`).waitFor({ state: "attached" });
    await page.context().close();
    const plain = await session.open(
      `/sources/${m.source.file.replace(/\.txt$/, "")}/#L${from}`,
      1024,
      false,
    );
    expect(await plain.locator(`#L${from}`).isVisible()).toBe(true);
    await plain.context().close();
  });
});
