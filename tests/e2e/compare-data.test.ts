/**
 * The compare pages (/compare/, /compare/{category}/) and the data page (/data/) in Chromium:
 * title, table, a link per municipality, the help block on the compare pages, the caveat that the
 * mapping is ours and grades are self-assessed, no overflow at 360 px with JS off, and axe-core
 * with 0 violations. Also the links into them from the home, footer and measure pages.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CategoriesFileSchema } from "../../src/schemas/category.ts";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { axeViolations } from "./axe.ts";
import { PAGE_BUDGET_MS, startBrowserSession, type BrowserSession } from "./browser-session.ts";
import { DIST, readDataset, readPage } from "./site.ts";

let session: BrowserSession;
let dataset: Dataset;
// Read when the file is collected, so each page gets its own test and time budget.
const categories: { id: string; label: string }[] = CategoriesFileSchema.parse(
  JSON.parse(await readFile(join(import.meta.dirname, "../../data/categories.json"), "utf8")),
).categories;

interface PageType {
  name: string;
  path: string;
  help: boolean;
  /** Category pages list measures in columns, not in a table. */
  table: boolean;
}

function pageTypes(): PageType[] {
  // Every category page: they are few, and each lists different municipalities' measures.
  return [
    { name: "compare", path: "/compare/", help: true, table: true },
    ...categories.map((c) => ({
      name: `compare ${c.id}`,
      path: `/compare/${c.id}/`,
      help: true,
      table: false,
    })),
    { name: "data", path: "/data/", help: true, table: true },
  ];
}

const open: BrowserSession["open"] = (path, width, javaScriptEnabled) =>
  session.open(path, width, javaScriptEnabled);

beforeAll(async () => {
  dataset = await readDataset();
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describe("compare and data pages, with JS off, at 360 px", () => {
  it(
    "have a title, a table or columns, a link per municipality, help where it belongs, no overflow",
    { timeout: pageTypes().length * PAGE_BUDGET_MS },
    async () => {
      const problems: string[] = [];
      for (const t of pageTypes()) {
        const page = await open(t.path, 360, false);
        const say = (what: string): number => problems.push(`${t.name} (${t.path}): ${what}`);
        if (!(await page.title()).includes("施策")) say("title");
        if (((await page.locator("h1").first().textContent()) ?? "").trim() === "") say("h1");
        if (t.table && (await page.locator("main table").count()) === 0) say("table");
        for (const m of dataset.municipalities) {
          if ((await page.locator(`main a[href="/${m.id}/"]`).count()) === 0)
            say(`link to /${m.id}/`);
        }
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > 360) say(`scrollWidth ${scrollWidth} > 360`);
        const help = await page.locator(".help-block a[href^='tel:']").count();
        if (t.help && help === 0) say("help block missing");
        if (!t.help && help > 0) say("help block where it does not belong");
        await page.context().close();
      }
      expect(problems).toEqual([]);
    },
  );

  it("/compare/ counts each category's measures per municipality and says whose mapping it is", async () => {
    const page = await open("/compare/", 1200, false);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("このサイトが当てはめたもの");
    expect(text).toContain("自己評価");
    expect(await page.locator("#scales").count()).toBe(1);
    const rows = page.locator("table.compare-matrix tbody tr");
    expect(await rows.count()).toBe(categories.length);
    for (const [i, c] of categories.entries()) {
      const row = rows.nth(i);
      await expect(row.locator("th a").getAttribute("href")).resolves.toBe(`/compare/${c.id}/`);
      const cells = await row.locator("td").allTextContents();
      const expected = dataset.municipalities.map(
        (m) =>
          `${dataset.measures.filter((x) => x.municipality === m.id && x.category === c.id).length}`,
      );
      expect(cells, c.id).toEqual(expected);
    }
    await page.context().close();
  });

  it("a category page lists every measure of the category, with the mapping reasons", async () => {
    const category = categories.find((c) => c.id === "children-youth") ?? categories[0]!;
    const page = await open(`/compare/${category.id}/`, 1200, false);
    const links = await page
      .locator(".side-item__title a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const expected = dataset.measures.filter((m) => m.category === category.id).map((m) => m.url);
    expect([...links].sort()).toEqual([...expected].sort());
    expect(await page.locator(".rule-list li").count()).toBeGreaterThan(0);
    expect((await page.locator(".rule-list").first().textContent()) ?? "").toContain("理由");
    await page.context().close();
  });

  it("/data/ documents every top-level field and links the downloads", async () => {
    const page = await open("/data/", 1200, false);
    for (const href of ["/data/measures.json", "/data/measures.csv", "/data/schema.json"]) {
      expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    }
    const fields = await page
      .locator("table.dictionary-table th[scope='row'] code:first-child")
      .allTextContents();
    for (const f of ["schemaVersion", "measures", "fieldLines", "achievement", "lines"]) {
      expect(fields, f).toContain(f);
    }
    expect(await page.locator(".source-card").count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe("links into the compare and data pages", () => {
  it("home, footer and measure pages link to them", async () => {
    const home = await readPage("/");
    expect(home).toContain('href="/compare/"');
    expect(home).toContain('href="/data/"');
    const measure = dataset.measures.find((m) => m.category !== null)!;
    const html = await readPage(measure.url);
    expect(html).toContain(`href="/compare/${measure.category}/"`);
    expect(html).toMatch(/<footer[\s\S]*href="\/data\/"[\s\S]*<\/footer>/);
  });

  it("publishes the bulk CSV with the per-plan header", async () => {
    const csv = await readFile(join(DIST, "data/measures.csv"), "utf8");
    const plan = dataset.plans[0]!;
    const perPlan = await readFile(join(DIST, `data/${plan.municipality}/${plan.id}.csv`), "utf8");
    expect(csv.split("\n")[0]).toBe(perPlan.split("\n")[0]);
    expect(csv).toContain(dataset.measures.at(-1)!.id);
  });
});

describe("axe-core on the compare and data pages", () => {
  it.each(pageTypes().flatMap((t) => [360, 1200].map((width) => ({ ...t, width }))))(
    "finds no violation on $name at $width px",
    { timeout: PAGE_BUDGET_MS },
    async (t) => {
      const page = await open(t.path, t.width, true);
      const violations = await axeViolations(page, `${t.name} @${t.width}`);
      await page.context().close();
      expect(violations).toEqual([]);
    },
  );
});
