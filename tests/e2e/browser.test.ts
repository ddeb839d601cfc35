import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium.ts";
import { serveDirectory, type StaticServer } from "./serve.ts";
import { DIST, readDataset } from "./site.ts";

let server: StaticServer;
let browser: Browser;
/** Every request a page made to a host other than the test server. */
const thirdParty: string[] = [];

async function openPage(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.on("request", (req) => {
    if (
      !req.url().startsWith(server.url) &&
      !req.url().startsWith("data:") &&
      !req.url().startsWith("blob:")
    )
      thirdParty.push(req.url());
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

beforeAll(async () => {
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("in Chromium", () => {
  it("opens the home page, follows a link to a measure, and shows its title", async () => {
    const { measures } = await readDataset();
    const page = await openPage("/");
    await expect(page.locator("h1").first().textContent()).resolves.toContain("施策");
    // Follow the home page's links (municipality → plan → measure) until a measure page opens.
    for (let hops = 0; hops < 4; hops++) {
      const hrefs = await page
        .locator("main a[href^='/']")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const measure = measures.find((m) => hrefs.includes(m.url));
      if (measure) {
        await page.locator(`main a[href='${measure.url}']`).first().click();
        await page.waitForURL(`**${measure.url}`);
        expect(((await page.locator("h1").first().textContent()) ?? "").trim()).toBe(measure.title);
        break;
      }
      const next = hrefs.find((h) => h && measures.some((m) => m.url.startsWith(h) && h !== "/"));
      expect(next, "a link on the way to a measure page").toBeDefined();
      await page.locator(`main a[href='${next}']`).first().click();
      await page.waitForLoadState("load");
      if (hops === 3) throw new Error("no measure page reached from the home page in 4 clicks");
    }
    await page.context().close();
  });

  it("makes no request to a third party", () => {
    expect(thirdParty).toEqual([]);
  });
});
