import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium } from "./chromium.ts";
import { serveDirectory, type StaticServer } from "./serve.ts";
import { DIST } from "./site.ts";

/**
 * The time one page may take in a browser test (open, check, axe): generous, because the
 * machine may be busy; tests that visit many pages get one test per page, each with this budget,
 * rather than one test whose limit a long loop can outgrow. Never part of an assertion.
 */
export const PAGE_BUDGET_MS = 60_000;

/** dist/ served on loopback and one Chromium: what every page suite opens pages with. */
export interface BrowserSession {
  /**
   * Open a site path at a viewport width, with or without JS (and in the light or dark colour
   * scheme, light by default); fails unless it answers 200.
   */
  open(
    path: string,
    width: number,
    javaScriptEnabled: boolean,
    colorScheme?: "light" | "dark",
  ): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserSession(): Promise<BrowserSession> {
  const server: StaticServer = await serveDirectory(DIST);
  const browser: Browser = await launchChromium();
  return {
    async open(path, width, javaScriptEnabled, colorScheme = "light") {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        javaScriptEnabled,
        colorScheme,
      });
      const page = await context.newPage();
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
