import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findBrokenCitations,
  findCitations,
  findMarkdownLinks,
  findOutsideCitations,
  headingAnchors,
} from "./doc-citations.ts";

/** Text files under `dir` (relative to the project root), recursively. */
function filesUnder(dir: string, skip: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name).replaceAll("\\", "/"))
    .filter((path) => /\.(?:ts|mts|js|mjs|astro|mdx?|json|css|svg)$/u.test(path) && !skip(path));
}

/** Raw source excerpts and generated output say nothing about the code; this checker names the patterns it looks for. */
const NOT_CODE = (path: string): boolean =>
  path.startsWith("tests/fixtures/sources/") ||
  path.startsWith("tests/output/") ||
  path === "tests/unit/doc-citations.ts";

const CODE = ["src", "scripts", "tests"].flatMap((dir) => filesUnder(dir, NOT_CODE));
const DOCS = filesUnder("docs", (path) => !path.endsWith(".md"));
const read = (path: string): string => readFileSync(path, "utf8");
const readDoc = (path: string): string | null => (existsSync(path) ? read(path) : null);

describe("doc-citations helpers", () => {
  /** Built from parts, so the made-up citations below are not read as this file's own. */
  const D = "docs/";
  const doc =
    "# Koganei\n\n## Column widths\n\n```\n## not a heading\n```\n### Glued headers (regime C)\n";

  it("slugs headings the way GitHub renders their anchors, outside code fences", () => {
    expect([...headingAnchors(doc)]).toEqual([
      "koganei",
      "column-widths",
      "glued-headers-regime-c",
    ]);
  });

  it("finds a cited file and anchor, and reports a heading that does not exist", () => {
    const citations = findCitations(
      "x.ts",
      `// see ${D}sources/koganei.md#column-widths (line 633)\n// and ${D}sources/koganei.md#no-such-heading`,
    );
    expect(citations.map((c) => [c.target, c.anchor, c.line])).toEqual([
      [`${D}sources/koganei.md`, "column-widths", 1],
      [`${D}sources/koganei.md`, "no-such-heading", 2],
    ]);
    expect(findBrokenCitations(citations, () => doc)).toEqual([
      `x.ts:2: cites ${D}sources/koganei.md#no-such-heading, but ${D}sources/koganei.md has no heading #no-such-heading`,
    ]);
  });

  it("reports a cited file that does not exist", () => {
    expect(findBrokenCitations(findCitations("y.ts", `// ${D}gone.md`), () => null)).toEqual([
      `y.ts:1: cites ${D}gone.md, but ${D}gone.md does not exist`,
    ]);
  });

  it("flags citations of knowledge kept outside the repository", () => {
    const outside = [
      `// see ${"../"}shared/notes.md`,
      `// (${"DESIGN"}.md §3)`,
      `// (${"DESIGN"} §4)`,
      `// (source ${"notes"} §1.6 C)`,
      `// (${"notes"} P13)`,
      `"reason": "（ソース${"ノート"}§4）"`,
    ];
    expect(outside.map((line) => findOutsideCitations("z.ts", line).length)).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    expect(
      findOutsideCitations("z.ts", `// ${D}sources/koganei.md#columns; measure.notes`),
    ).toEqual([]);
  });

  it("resolves relative Markdown links against the linking file", () => {
    const links = findMarkdownLinks(
      `${D}sources/akiruno.md`,
      "[c](../data-contract.md#fiscal-years) [s](#traps) [u](https://example.org/) [d](/data/)",
    );
    expect(links.map((l) => [l.target, l.anchor])).toEqual([
      [`${D}data-contract.md`, "fiscal-years"],
      [`${D}sources/akiruno.md`, "traps"],
    ]);
  });
});

describe("the repository explains itself", () => {
  it("finds the code and the docs to check", () => {
    expect(CODE.length).toBeGreaterThan(100);
    expect(DOCS).toContain("docs/architecture.md");
    expect(DOCS).toContain("docs/data-contract.md");
  });

  it("cites no knowledge kept outside the repository in src/, scripts/, tests/, docs/ or the README", () => {
    const files = [...CODE, ...DOCS, "README.md"];
    expect(files.flatMap((file) => findOutsideCitations(file, read(file)))).toEqual([]);
  });

  it("cites only docs files and headings that exist", () => {
    const citations = CODE.flatMap((file) => findCitations(file, read(file)));
    expect(citations.length).toBeGreaterThan(30);
    expect(findBrokenCitations(citations, readDoc)).toEqual([]);
  });

  it("has no broken links between the docs files", () => {
    const links = DOCS.flatMap((file) => findMarkdownLinks(file, read(file)));
    expect(findBrokenCitations(links, readDoc)).toEqual([]);
  });

  it("has a note for every source in the manifest", () => {
    const manifest = JSON.parse(read("data/sources/manifest.json")) as {
      sources: { file: string }[];
    };
    const notes = DOCS.filter((d) => d.startsWith("docs/sources/"))
      .map(read)
      .join("\n");
    expect(manifest.sources.map((s) => s.file).filter((file) => !notes.includes(file))).toEqual([]);
  });
});
