/**
 * /search/ in Chromium: typing finds results, filters narrow them and live in the URL, a result
 * opens its page, the page works on a phone, and without JS it offers the browse links.
 * Also prints the bytes one typical query fetches.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { serveDirectory, type StaticServer } from "./serve.ts";
import { DIST } from "./site.ts";

let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
/** Requests to any host but the test server. */
const thirdParty: string[] = [];

const RESULTS = "[data-search-results] > li";

async function open(
  path: string,
  options: { javaScriptEnabled?: boolean; width?: number } = {},
): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1024, height: 800 },
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(server.url) && !/^(data|blob):/.test(url)) thirdParty.push(url);
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Wait until the status line reports a finished search and return the result count. */
async function resultCount(page: Page): Promise<number> {
  const status = page.locator("[data-search-status]");
  await expect
    .poll(async () => (await status.textContent()) ?? "", { timeout: 15_000 })
    .toMatch(/件|見つかりませんでした/);
  const text = (await status.textContent()) ?? "";
  return Number(/(\d+)件/.exec(text)?.[1] ?? 0);
}

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

describe("/search/ in Chromium", () => {
  it("shows results with where, title and a marked excerpt as the reader types", async () => {
    const page = await open("/search/");
    await page.locator("[data-search-input]").pressSequentially("ゲートキーパー");
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(10);
    const first = page.locator(RESULTS).first();
    await expect.poll(() => first.locator(".result__where").textContent()).toMatch(/施策 \S+/);
    expect(await first.locator("mark").first().textContent()).toBe("ゲートキーパー");
    expect(new URL(page.url()).searchParams.get("q")).toBe("ゲートキーパー");
  });

  it("narrows results with a filter, keeps it in the URL, and restores it from the URL", async () => {
    const page = await open("/search/?q=%E7%9B%B8%E8%AB%87"); // 相談
    const all = await resultCount(page);
    await page.locator(".search__filters summary").click();
    await page.locator("input[name=municipality][value='小金井市']").check();
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    const wheres = await page.locator(`${RESULTS} .result__where`).allTextContents();
    expect(wheres.every((w) => w.startsWith("小金井市"))).toBe(true);
    const shared = new URL(page.url());
    expect(shared.searchParams.getAll("municipality")).toEqual(["小金井市"]);

    const again = await open(`${shared.pathname}${shared.search}`);
    expect(await resultCount(again)).toBe(narrowed);
    await again.locator(".search__filters summary").click();
    expect(await again.locator("input[name=municipality][value='小金井市']").isChecked()).toBe(
      true,
    );
    expect(await again.locator("[data-search-input]").inputValue()).toBe("相談");
  });

  it("filters by grade in a given year", async () => {
    const any = await open("/search/?grade=B");
    const inAnyYear = await resultCount(any);
    const page = await open("/search/?grade=B&gradeYear=2019");
    const in2019 = await resultCount(page);
    expect(inAnyYear).toBeGreaterThan(0);
    expect(in2019).toBeGreaterThan(0);
    expect(in2019).toBeLessThanOrEqual(inAnyYear);
  });

  it("says which fiscal year's text a result matched", async () => {
    // 判断能力に不安 is printed only in Koganei 1-2-2's results, first under FY2020.
    const page = await open(`/search/?q=${encodeURIComponent("判断能力に不安")}`);
    expect(await resultCount(page)).toBe(1);
    const year = page.locator(RESULTS).first().locator(".result__year");
    await expect.poll(() => year.textContent()).toMatch(/2020年度）の記載から$/u);
  });

  it("treats full-width and half-width alike", async () => {
    const full = await resultCount(await open("/search/?q=%EF%BC%A4%EF%BC%B6")); // ＤＶ
    const half = await resultCount(await open("/search/?q=DV"));
    expect(full).toBeGreaterThan(0);
    expect(full).toBe(half);
  });

  it("opens a result's page", async () => {
    const page = await open("/search/?q=%E6%B0%91%E7%94%9F%E5%A7%94%E5%93%A1"); // 民生委員
    await resultCount(page);
    const link = page.locator(`${RESULTS} .result__title a`).first();
    const title = (await link.textContent()) ?? "";
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForURL(`**${href}`);
    expect(((await page.locator("h1").first().textContent()) ?? "").trim()).toBe(title);
  });

  it("fits a 360 px phone screen with results and filters open", async () => {
    const page = await open("/search/?q=%E9%AB%98%E9%BD%A2%E8%80%85", { width: 360 }); // 高齢者
    await resultCount(page);
    await page.locator(".search__filters summary").click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("without JS, says so and lists the browse pages", async () => {
    const page = await open("/search/?q=test", { javaScriptEnabled: false });
    expect(await page.locator("[data-search-nojs]").isVisible()).toBe(true);
    expect(await page.locator("[data-search-ui]").isVisible()).toBe(false);
    const hrefs = await page
      .locator("[data-search-browse] a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(expect.arrayContaining(["/nerima/", "/koganei/", "/akiruno/"]));
    expect(hrefs.filter((h) => /^\/[a-z]+\/[a-z0-9-]+\/$/.test(h ?? "")).length).toBeGreaterThan(2);
  });

  it("reports the bytes one typical query fetches", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on("response", async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ url: response.url(), bytes: body.length });
    });
    await page.goto(
      `${server.url}/search/?q=%E3%82%B2%E3%83%BC%E3%83%88%E3%82%AD%E3%83%BC%E3%83%91%E3%83%BC`,
    );
    await resultCount(page);
    await page.waitForLoadState("networkidle");
    const sum = (f: (u: string) => boolean): number =>
      sizes.filter((s) => f(new URL(s.url).pathname)).reduce((a, s) => a + s.bytes, 0);
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    const pagefind = sum((p) => p.startsWith("/pagefind/"));
    const parts = {
      "page (HTML, CSS, our JS)": sum((p) => !p.startsWith("/pagefind/")),
      "whole-site index words (unfiltered search)": sum((p) => p.startsWith("/pagefind/site/w/")),
      "whole-site index cards (first 20 results)": sum((p) => p.startsWith("/pagefind/site/c/")),
      "pagefind JS + worker + wasm": sum((p) => /\/pagefind\/.*\.(js|pagefind)$/.test(p)),
      "index chunks": sum((p) => p.endsWith(".pf_index")),
      "filter chunks": sum((p) => p.endsWith(".pf_filter")),
      "fragments (first 20 results)": sum((p) => p.endsWith(".pf_fragment")),
      "entry + meta": sum((p) => /pagefind-entry\.json$|\.pf_meta$/.test(p)),
    };
    console.log(
      `bytes fetched for /search/?q=ゲートキーパー: total ${kb(sum(() => true))}, pagefind ${kb(pagefind)}\n` +
        Object.entries(parts)
          .map(([k, v]) => `  ${k}: ${kb(v)}`)
          .join("\n"),
    );
    expect(pagefind).toBeLessThan(600 * 1024);
  });

  it("says the search failed, not that nothing matched, when an index file is missing", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    // As a deployment that lost the whole-site index's word files would answer.
    await page.route("**/pagefind/site/w/**", (route) => route.fulfill({ status: 404 }));
    await page.goto(`${server.url}/search/?q=%E7%9B%B8%E8%AB%87`); // 相談
    const status = page.locator("[data-search-status]");
    await expect
      .poll(async () => (await status.textContent()) ?? "", { timeout: 15_000 })
      .toContain("検索できませんでした");
    expect(await status.textContent()).not.toMatch(/見つかりませんでした|件/);
    expect(await page.locator(RESULTS).count()).toBe(0);
  });

  it("answers an unfiltered search from the whole-site index, with pagefind's count once the filters open", async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const paths: string[] = [];
    page.on("request", (req) => paths.push(new URL(req.url()).pathname));
    await page.goto(`${server.url}/search/?q=%E7%9B%B8%E8%AB%87`); // 相談
    const unfiltered = await resultCount(page);
    expect(unfiltered).toBeGreaterThan(10);
    await expect.poll(() => page.locator(RESULTS).count()).toBe(20);
    await page.waitForLoadState("networkidle");
    expect(paths.some((p) => p.startsWith("/pagefind/site/w/"))).toBe(true);
    expect(paths.filter((p) => p.startsWith("/pagefind/site/c/"))).toHaveLength(20);
    // Neither pagefind's code nor any shard loads for it.
    expect(paths.filter((p) => /^\/pagefind\/(?!site\/|shards\.json$)/.test(p))).toEqual([]);
    // Opening the filters loads pagefind for the counts; the same search gives the same number.
    await page.locator(".search__filters summary").click();
    await expect
      .poll(() => page.locator("input[name=municipality]").count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    expect(paths.some((p) => p.endsWith("/pagefind.js"))).toBe(true);
    // pagefind's counts per municipality (each measure has one) add up to the same total.
    const counted = async (): Promise<number> =>
      (await page.locator(".filter--municipality .filter__count").allTextContents())
        .map(Number)
        .reduce((a, b) => a + b, 0);
    await expect.poll(counted, { timeout: 15_000 }).toBe(unfiltered);
    expect(await resultCount(page)).toBe(unfiltered);
  });

  it("makes no request to a third party", () => {
    expect(thirdParty).toEqual([]);
  });
});
