import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceManifestSchema } from "../schemas/source.ts";
import type { Measure } from "../schemas/measure.ts";
import {
  fieldRange,
  renderSourceLines,
  sourceLinesHref,
  sourcePageUrl,
  splitSourceLines,
} from "./source-view.ts";

describe("source page addresses", () => {
  it("links a range with a query the script reads and a fragment that works without it", () => {
    expect(sourceLinesHref("000_ab.txt", [4334, 4459])).toBe(
      "/sources/000_ab/?lines=4334-4459#L4334",
    );
    expect(sourceLinesHref("000_ab.txt", [12, 12])).toBe("/sources/000_ab/#L12");
  });
  it("refuses a path instead of a source file name", () => {
    expect(() => sourcePageUrl("../etc/passwd")).toThrow();
  });
});

describe("renderSourceLines", () => {
  it("gives each line an anchor, escapes markup and keeps the words", () => {
    const html = renderSourceLines("a < b & c\n\n<ul style=x>  \n");
    expect(html.split("\n")).toEqual([
      '<li id="L1">a &lt; b &amp; c</li>',
      '<li id="L2">&nbsp;</li>',
      '<li id="L3">&lt;ul style=x&gt;</li>',
    ]);
  });
  it("numbers as many lines as the manifest counts, for every source", () => {
    const dir = join(process.cwd(), "data", "sources");
    const manifest = SourceManifestSchema.parse(
      JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")),
    );
    for (const s of manifest.sources) {
      expect(splitSourceLines(readFileSync(join(dir, s.file), "utf8")).length, s.file).toBe(
        s.lineCount,
      );
    }
  });
});

describe("fieldRange", () => {
  const m = {
    fieldLines: { "years.0.result": [10, 12], "years.0.grade": [9, 9], "years.1.result": [20, 22] },
  } as unknown as Measure;
  it("covers every recorded line under a path prefix", () => {
    expect(fieldRange(m, "years.0.")).toEqual([9, 12]);
    expect(fieldRange(m, "years.2.")).toBeNull();
  });
});
