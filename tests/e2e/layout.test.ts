/**
 * Layout over every page of the built site, at a phone width (360 px) and a desktop width
 * (1280 px), in Chromium with the Japanese fonts readers have (fonts-noto-cjk): no page-level
 * sideways scroll, wide tables and charts in scroll containers, chart labels inside their
 * chart and their box, no text cut off, a "scrolls sideways" hint exactly where a container
 * scrolls, and no municipality name broken over two lines (see layout-checks.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { layoutProblems } from "./layout-checks.ts";
import { serveDirectory, type StaticServer } from "./serve.ts";
import { DIST, listPages } from "./site.ts";

const WIDTHS = [360, 1280] as const;
const pages = await listPages();
const registry = JSON.parse(
  await readFile(join(import.meta.dirname, "../../data/municipalities.json"), "utf8"),
) as { municipalities: { name: string }[] };
const NAMES = registry.municipalities.map((m) => m.name);

let server: StaticServer;
let browser: Browser;
const contexts = new Map<number, { context: BrowserContext; page: Page }>();

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    contexts.set(width, { context, page: await context.newPage() });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("layout", () => {
  it("covers every page of the site", () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      it.each(pages)("%s", async (path) => {
        const { page } = contexts.get(width)!;
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(await layoutProblems(page, NAMES)).toEqual([]);
      });
    });
  }
});
