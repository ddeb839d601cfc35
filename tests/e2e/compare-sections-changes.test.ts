/**
 * The comparison features in Chromium: counterparts on measure pages, the side-by-side category
 * pages (columns on wide screens, stacked on phones), the section pages and the changes pages.
 * Each page type: title, its content, no horizontal overflow at 360 px with JS off, axe-core clean.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { axeViolations } from "./axe.ts";
import { startBrowserSession, type BrowserSession } from "./browser-session.ts";
import { DIST, listPages, readDataset } from "./site.ts";

let session: BrowserSession;
let dataset: Dataset;
let pages: string[];

// Loops over many pages get generous limits: the machine may be busy, and time is not the test.

const open: BrowserSession["open"] = (path, width, javaScriptEnabled) =>
  session.open(path, width, javaScriptEnabled);

/** The path as a browser requests it (Japanese section names percent-encoded). */
const encoded = (path: string): string => encodeURI(path);

beforeAll(async () => {
  dataset = await readDataset();
  pages = await listPages();
  session = await startBrowserSession();
});

afterAll(async () => {
  await session?.close();
});

interface PageType {
  name: string;
  path: string;
  /** Text the page must show. */
  contains: string[];
}

function pageTypes(): PageType[] {
  const sectionPage = pages.find(
    (p) => p.startsWith("/nerima/sections/") && p !== "/nerima/sections/",
  );
  return [
    {
      name: "measure with counterparts",
      path: "/nerima/suicide-prevention-1/6/",
      contains: ["ほかの自治体の似た施策", "類似度", "共通する語"],
    },
    {
      name: "compare category side by side",
      path: "/compare/human-resources/",
      contains: ["最新の自己評価", "似た施策", "CSV"],
    },
    { name: "sections index", path: "/nerima/sections/", contains: ["担当課", "健康部"] },
    { name: "section", path: sectionPage ?? "/nerima/sections/", contains: ["担当する施策"] },
    {
      name: "sections without divisions",
      path: "/akiruno/sections/",
      contains: ["部の記載がありません"],
    },
    {
      name: "changes (grades)",
      path: "/nerima/suicide-prevention-1/changes/",
      contains: ["上がった", "下がった"],
    },
    {
      name: "changes (達成度)",
      path: "/koganei/suicide-prevention/changes/",
      contains: ["変わった"],
    },
  ];
}

describe("new page types, with JS off, at 360 px", () => {
  it("have a title, their content and no horizontal overflow", async () => {
    const problems: string[] = [];
    for (const t of pageTypes()) {
      const page = await open(encoded(t.path), 360, false);
      const say = (what: string): number => problems.push(`${t.name} (${t.path}): ${what}`);
      if (!(await page.title()).includes("施策")) say("title");
      if (((await page.locator("h1").first().textContent()) ?? "").trim() === "") say("h1");
      const text = (await page.locator("main").textContent()) ?? "";
      for (const c of t.contains) if (!text.includes(c)) say(`text "${c}"`);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > 360) say(`scrollWidth ${scrollWidth} > 360`);
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("counterparts on a measure page", () => {
  it("link up to three measures per other municipality, each with a score and shared words", async () => {
    const page = await open("/nerima/suicide-prevention-1/12/", 1200, false);
    const groups = page.locator("#counterparts ul.counterparts");
    expect(await groups.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const items = groups.nth(i).locator(":scope > li");
      const n = await items.count();
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(3);
      for (let j = 0; j < n; j++) {
        const href = await items.nth(j).locator("a").first().getAttribute("href");
        expect(pages).toContain(href);
        expect(await items.nth(j).textContent()).toMatch(/類似度 0\.\d\d/);
        expect(await items.nth(j).locator(".counterparts__terms li").count()).toBeGreaterThan(0);
      }
    }
    // Koganei's and Akiruno's gatekeeper training for residents are its counterparts.
    const hrefs = await page
      .locator("#counterparts a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toContain("/koganei/suicide-prevention/2-2-2/");
    expect(hrefs).toContain("/akiruno/suicide-prevention/2-3-1/");
    // The reader is told how many are shown at most, as the build caps them.
    expect(await page.locator("#counterparts p.muted").first().textContent()).toContain(
      "いちばん似た施策のある5自治体まで、1自治体3件までを出します。",
    );
    await page.context().close();
  });

  it("are absent from strategic-plan pages, which have nothing to compare with", async () => {
    const measure = dataset.measures.find((m) => m.plan.startsWith("strategic"))!;
    const page = await open(measure.url, 1200, false);
    expect(await page.locator("#counterparts").count()).toBe(0);
    await page.context().close();
  });
});

describe("side by side", () => {
  it("puts the municipalities in columns on a wide screen and one after another on a phone", async () => {
    const tops = async (width: number): Promise<number[]> => {
      const page = await open("/compare/children-youth/", width, false);
      const ys = await page
        .locator(".side-col")
        .evaluateAll((cols) => cols.map((c) => Math.round(c.getBoundingClientRect().top)));
      await page.context().close();
      return ys;
    };
    const wide = await tops(1400);
    expect(wide).toHaveLength(dataset.municipalities.length);
    expect(new Set(wide).size).toBe(1);
    const narrow = await tops(360);
    expect([...narrow].sort((a, b) => a - b)).toEqual(narrow);
    expect(new Set(narrow).size).toBe(narrow.length);
  });

  it("shows the last year that has a grade, never 記載なし when an earlier year has one (62ア)", async () => {
    const page = await open("/compare/children-youth/", 1200, false);
    const item = page.locator(".side-item", {
      has: page.locator('a[href="/nerima/suicide-prevention-1/62/"]'),
    });
    const text = (await item.textContent()) ?? "";
    expect(text).toContain("令和4年度");
    expect(text).toMatch(/最新の自己評価：\s*A/);
    expect(text).toContain("令和5年度（2023年度）は自己評価の記載なし");
    expect(await item.locator('a[href="/nerima/suicide-prevention-1/62/#fy2022"]').count()).toBe(1);
    await page.context().close();
  });

  it("offers the category as CSV, one row per measure", async () => {
    const csv = await readFile(join(DIST, "compare/children-youth.csv"), "utf8");
    const rows = csv
      .replace(/^\ufeff/, "")
      .trim()
      .split("\n");
    expect(rows[0]).toMatch(/^category,municipality,plan,code,title/);
    expect(rows.length - 1).toBe(
      dataset.measures.filter((m) => m.category === "children-youth").length,
    );
    expect(csv).toContain("children-youth,nerima,suicide-prevention-1,62ア,");
  });
});

describe("sections", () => {
  it("keep each section with the division its printed line names (Nerima strategic 4-15)", async () => {
    const page = await open("/nerima/strategic-2024/4-15/", 1200, false);
    const dd = page.locator("dl.facts dd").first();
    const text = (await dd.textContent()) ?? "";
    expect(text).toMatch(/教育振興部\s*教育指導課、学校教育支援センター/);
    expect(text).toMatch(/こども家庭部\s*子ども家庭支援センター/);
    const href = await dd
      .locator("a", { hasText: "子ども家庭支援センター" })
      .first()
      .getAttribute("href");
    expect(href).toBe("/nerima/sections/子ども家庭支援センター/");
    await page.context().close();

    const section = await open(encoded("/nerima/sections/教育指導課/"), 1200, false);
    expect((await section.locator("dl.facts").textContent()) ?? "").toContain("教育振興部");
    const links = await section
      .locator("main li a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain("/nerima/strategic-2024/4-15/");
    expect(links).toContain("/nerima/suicide-prevention-1/7/");
    await section.context().close();
  });

  it("list every section of a municipality, each page listing all its measures", async () => {
    const page = await open("/koganei/sections/", 1200, false);
    const hrefs = await page
      .locator(".section-list a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const names = new Set(
      dataset.measures.filter((m) => m.municipality === "koganei").flatMap((m) => m.departments),
    );
    expect(hrefs.map((h) => decodeURIComponent(h ?? "").split("/")[3]).sort()).toEqual(
      [...names].sort(),
    );
    await page.context().close();
  });
});

describe("changes", () => {
  it("list every grade that went up or down, linking to both year sections", async () => {
    const page = await open("/nerima/suicide-prevention-1/changes/", 1200, false);
    const first = page.locator("#fy2019-2020 .change-list li").first();
    const links = await first
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.some((h) => h?.endsWith("#fy2019"))).toBe(true);
    expect(links.some((h) => h?.endsWith("#fy2020"))).toBe(true);
    // Counted independently from the data: every measure graded both years whose grade differs.
    const changed = dataset.measures.filter((m) => {
      if (m.plan !== "suicide-prevention-1") return false;
      const a = m.years.find((y) => y.fiscalYear === 2019)?.grade;
      const b = m.years.find((y) => y.fiscalYear === 2020)?.grade;
      return a && b && a !== b;
    }).length;
    expect(await page.locator("#fy2019-2020 .change-list li").count()).toBe(changed);
    await page.context().close();
  });

  it("are summarized per year on the plan page", async () => {
    const page = await open("/koganei/suicide-prevention/", 1200, false);
    const summary = (await page.locator("#changes-heading + ul").textContent()) ?? "";
    expect(summary).toMatch(/令和2年度（2020年度）→令和3年度（2021年度）：変わった \d+件/);
    await page.context().close();
  });
});

describe("axe-core on the new page types", () => {
  it("finds no violation", async () => {
    const violations: string[] = [];
    for (const t of pageTypes()) {
      for (const width of [360, 1200]) {
        const page = await open(encoded(t.path), width, true);
        violations.push(...(await axeViolations(page, `${t.name} @${width}`)));
        await page.context().close();
      }
    }
    expect(violations).toEqual([]);
  }, 600_000);
});
