/**
 * Each page type in Chromium: title, chart with its table, year anchors, source excerpt, the help
 * block where it belongs (and not on strategic plans), no horizontal overflow at 360 px, pages
 * that work with JS off, and axe-core with 0 violations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { axeViolations } from "./axe.ts";
import { PAGE_BUDGET_MS, startBrowserSession, type BrowserSession } from "./browser-session.ts";
import { readDataset } from "./site.ts";

let session: BrowserSession;
// Read when the file is collected: one test per page type, each with its own time budget, so a
// slow, busy machine slows every test a little instead of failing one long loop.
const dataset: Dataset = await readDataset();

interface PageType {
  name: string;
  path: string;
  help: boolean;
  chart: boolean;
  measure?: Dataset["measures"][number];
}

/** One representative page per type, picked from the published data so new plans are covered. */
function pageTypes(): PageType[] {
  const types: PageType[] = [
    {
      name: "home",
      path: "/",
      help: dataset.plans.some((p) => p.kind === "suicide-prevention"),
      chart: false,
    },
    { name: "about", path: "/about/", help: false, chart: false },
  ];
  for (const plan of dataset.plans) {
    const suicide = plan.kind === "suicide-prevention";
    const measures = dataset.measures.filter(
      (m) => m.municipality === plan.municipality && m.plan === plan.id,
    );
    // The measure with most years and a grade (or indicators) shows the most of the page.
    const measure = [...measures].sort(
      (a, b) => b.years.length + b.indicators.length - (a.years.length + a.indicators.length),
    )[0];
    const hasChart =
      plan.grades.length > 0 || measures.some((m) => m.years.some((y) => y.achievement));
    types.push({
      name: `plan ${plan.municipality}/${plan.id}`,
      path: `/${plan.municipality}/${plan.id}/`,
      help: suicide,
      chart: hasChart,
    });
    if (measure) {
      types.push({
        name: `measure ${measure.id}`,
        path: measure.url,
        help: suicide,
        chart: suicide
          ? measure.years.length > 0
          : measure.indicators.length + measure.budget.length > 0,
        measure,
      });
    }
  }
  for (const m of dataset.municipalities) {
    const help = dataset.plans.some(
      (p) => p.municipality === m.id && p.kind === "suicide-prevention",
    );
    types.push({ name: `municipality ${m.id}`, path: `/${m.id}/`, help, chart: false });
  }
  return types;
}

const open: BrowserSession["open"] = (path, width, javaScriptEnabled, colorScheme) =>
  session.open(path, width, javaScriptEnabled, colorScheme);

beforeAll(async () => {
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

describe("every page type, with JS off, at 360 px", () => {
  it.each(pageTypes())(
    "$name: title, chart and table, help block where it belongs, no overflow",
    { timeout: PAGE_BUDGET_MS },
    async (t) => {
      const problems: string[] = [];
      const page = await open(t.path, 360, false);
      const say = (what: string): number => problems.push(`${t.name} (${t.path}): ${what}`);
      if (!(await page.title()).includes("施策")) say("title");
      if (((await page.locator("h1").first().textContent()) ?? "").trim() === "") say("h1");
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 360) say(`scrollWidth ${scrollWidth} > 360`);
      const help = await page.locator(".help-block a[href^='tel:']").count();
      if (t.help && help === 0) say("help block missing");
      if (!t.help && help > 0) say("help block where it does not belong");
      if (t.chart) {
        const chart = page.locator("figure.chart svg[role='img']").first();
        if ((await chart.count()) === 0) say("chart missing");
        else {
          if ((await chart.locator("title").count()) === 0) say("chart <title>");
          if (((await chart.locator("desc").textContent()) ?? "").length < 5) say("chart <desc>");
        }
        if ((await page.locator("figure.chart ~ .table-scroll table").count()) === 0)
          say("chart table");
      }
      if (t.measure) {
        const h1 = ((await page.locator("h1").first().textContent()) ?? "").trim();
        if (h1 !== t.measure.title) say(`h1 "${h1}"`);
        for (const y of t.measure.years) {
          if ((await page.locator(`#fy${y.fiscalYear}`).count()) !== 1)
            say(`anchor #fy${y.fiscalYear}`);
        }
        const excerpt = page.locator("details.source-excerpt pre");
        if ((await excerpt.count()) !== 1) say("source excerpt");
        else if (!((await excerpt.textContent()) ?? "").includes(`${t.measure.source.lines[0]}│`))
          say("excerpt line numbers");
        // The permalink is absolute on the site's origin (SITE_URL, or the local preview's).
        const cited = (await page.locator("#cite .citation").textContent()) ?? "";
        if (!new RegExp(`https?://[^/\\s]+${t.measure.url}`).test(cited)) say("citation permalink");
        if ((await page.locator("article[data-pagefind-body]").count()) !== 1) say("pagefind body");
      }
      await page.context().close();
      expect(problems).toEqual([]);
    },
  );

  it("frames Akiruno as interim, never as a full-year result", async () => {
    const plan = dataset.plans.find((p) => p.municipality === "akiruno");
    if (!plan) return;
    const page = await open(`/akiruno/${plan.id}/`, 1024, false);
    await expect(page.locator(".interim-note").first().textContent()).resolves.toMatch(/9月末/);
    await page.context().close();
  });
});

describe("axe-core", () => {
  it.each(
    (["light", "dark"] as const).flatMap((scheme) =>
      pageTypes().flatMap((t) => [360, 1200].map((width) => ({ ...t, width, scheme }))),
    ),
  )(
    "finds no violation on $name at $width px in the $scheme colour scheme",
    { timeout: PAGE_BUDGET_MS },
    async (t) => {
      const page = await open(t.path, t.width, true, t.scheme);
      const violations = await axeViolations(page, `${t.name} @${t.width} ${t.scheme}`);
      await page.context().close();
      expect(violations).toEqual([]);
    },
  );
});
