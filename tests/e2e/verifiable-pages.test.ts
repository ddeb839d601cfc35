/**
 * The pages this site adds for verification and citation — a source page, the changes page,
 * the 404 page — in Chromium: axe-core clean, no horizontal overflow at 360 px with JS off; and
 * on a measure page with JS on, the reader's access date fills the citation and a copy button
 * appears (without JS the citation asks for the date instead).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./axe.ts";
import { startBrowserSession, type BrowserSession } from "./browser-session.ts";
import { readDataset } from "./site.ts";

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.close();
});

// The smallest source page keeps axe quick; every source page shares its layout.
const PAGES = ["/sources/004_caae4ee036b110b1/", "/sources/", "/changes/", "/404.html"];

describe("source, changes and 404 pages", () => {
  it("pass axe-core and fit a 360 px screen", async () => {
    const problems: string[] = [];
    for (const path of PAGES) {
      const narrow = await session.open(path, 360, false);
      const overflow = await narrow.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      if (overflow) problems.push(`${path}: horizontal overflow at 360 px`);
      await narrow.context().close();
      const page = await session.open(path, 1200, true);
      problems.push(...(await axeViolations(page, path)));
      await page.context().close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe("citation on a measure page", () => {
  it("takes the access date from the reader's browser, or asks for it without JS", async () => {
    const { measures } = await readDataset();
    const m = measures[0]!;
    const page = await session.open(m.url, 1024, true);
    const text = page.locator("#cite .citation");
    await expect.poll(() => text.textContent()).toMatch(/（\d{4}年\d{1,2}月\d{1,2}日閲覧）$/);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
    });
    expect(await text.textContent()).toContain(today);
    expect(await page.locator("#cite .copy-button").count()).toBe(1);
    await page.context().close();

    const plain = await session.open(m.url, 1024, false);
    expect(await plain.locator("#cite .citation").textContent()).toMatch(
      /（閲覧日を書き添えてください）$/,
    );
    expect(await plain.locator(".copy-button").count()).toBe(0);
    await plain.context().close();
  });
});
