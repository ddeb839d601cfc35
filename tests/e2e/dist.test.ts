import { existsSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../src/schemas/dataset.ts";
import { DIST, listPages, readDataset, readPage } from "./site.ts";

let dataset: Dataset;
let pages: string[];

beforeAll(async () => {
  dataset = await readDataset();
  pages = await listPages();
});

describe("dist/", () => {
  it("has a page for every measure in the published data", () => {
    const missing = dataset.measures.map((m) => m.url).filter((url) => !pages.includes(url));
    expect(missing).toEqual([]);
  });

  it("publishes the JSON Schema of the data", () => {
    expect(existsSync(join(DIST, "data/schema.json"))).toBe(true);
  });

  it("has valid HTML on every page", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      rules: { "no-inline-style": "off", "long-title": "off" },
    });
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(await readPage(page), page);
      for (const result of report.results) {
        for (const m of result.messages)
          failures.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("has no broken internal link", async () => {
    const broken: string[] = [];
    for (const page of pages) {
      const html = await readPage(page);
      for (const [, href] of html.matchAll(/href="(\/[^"#?]*)[^"]*"/g)) {
        const target = href as string;
        const ok = target.endsWith("/") ? pages.includes(target) : existsSync(join(DIST, target));
        if (!ok) broken.push(`${page} → ${target}`);
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });

  it("loads nothing from a third party", async () => {
    const external: string[] = [];
    for (const page of pages) {
      const html = await readPage(page);
      for (const [tag] of html.matchAll(
        /<(?:script|link|img|iframe|source|video|audio)\b[^>]*>/g,
      )) {
        if (/\s(?:src|href)="(?:https?:)?\/\//.test(tag) && !/rel="canonical"/.test(tag)) {
          external.push(`${page}: ${tag}`);
        }
      }
    }
    expect(external).toEqual([]);
  });
});
