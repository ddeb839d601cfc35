/**
 * What keeps the documentation citable: code cites files under docs/ by heading
 * (`docs/sources/koganei.md#column-widths`), never knowledge kept outside the repository. These
 * pure helpers find citations, the heading anchors of a Markdown file (GitHub's slugs, as the
 * links render), and the citations that point nowhere. Used by docs.test.ts.
 */
import GithubSlugger from "github-slugger";

/** A docs/ citation found in a file: the path, the anchor (or null), and the line it is on. */
export interface Citation {
  file: string;
  line: number;
  target: string;
  anchor: string | null;
}

const CITATION = /\bdocs\/[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md(?:#[A-Za-z0-9_-]+)?/gu;

/** Every `docs/….md[#anchor]` in `text`, with its 1-based line. */
export function findCitations(file: string, text: string): Citation[] {
  const out: Citation[] = [];
  text.split("\n").forEach((content, i) => {
    for (const match of content.matchAll(CITATION)) {
      const [target, anchor] = match[0].split("#") as [string, string | undefined];
      out.push({ file, line: i + 1, target, anchor: anchor ?? null });
    }
  });
  return out;
}

/** The anchors of a Markdown file's headings, as GitHub slugs them (fenced code skipped). */
export function headingAnchors(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/u.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/u.exec(line);
    if (heading) anchors.add(slugger.slug(heading[1] as string));
  }
  return anchors;
}

/**
 * Citations of knowledge the repository does not hold: the shared design and source notes of
 * the project's setup, by path or by section sign. Built from parts so this file does not cite
 * them itself.
 */
const OUTSIDE_KNOWLEDGE: readonly RegExp[] = [
  new RegExp(`\\.\\./${"shared"}\\b`, "u"),
  new RegExp(`\\b(?:${"DESIGN"}|${"STYLE"})\\.md\\b`, "u"),
  new RegExp(`\\b${"DESIGN"}\\s*§`, "u"),
  new RegExp(`\\b${"notes"}?\\s*§|\\b${"note"}s?\\s+P\\d`, "u"),
  new RegExp(`${"ソース"}${"ノート"}`, "u"),
];

/** One line per place in `text` that cites knowledge kept outside the repository. */
export function findOutsideCitations(file: string, text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((content, i) => {
    if (OUTSIDE_KNOWLEDGE.some((re) => re.test(content))) {
      out.push(`${file}:${i + 1}: cites knowledge outside the repository: ${content.trim()}`);
    }
  });
  return out;
}

/**
 * One line per citation whose file or heading does not exist. `readDoc` returns a docs file's
 * text, or null when there is no such file.
 */
export function findBrokenCitations(
  citations: readonly Citation[],
  readDoc: (path: string) => string | null,
): string[] {
  const anchorsOf = new Map<string, Set<string> | null>();
  const errors: string[] = [];
  for (const c of citations) {
    if (!anchorsOf.has(c.target)) {
      const text = readDoc(c.target);
      anchorsOf.set(c.target, text === null ? null : headingAnchors(text));
    }
    const anchors = anchorsOf.get(c.target);
    const cited = `${c.target}${c.anchor ? `#${c.anchor}` : ""}`;
    if (!anchors)
      errors.push(`${c.file}:${c.line}: cites ${cited}, but ${c.target} does not exist`);
    else if (c.anchor && !anchors.has(c.anchor)) {
      errors.push(
        `${c.file}:${c.line}: cites ${cited}, but ${c.target} has no heading #${c.anchor}`,
      );
    }
  }
  return errors;
}

/** Relative Markdown links of a docs file (`[x](sources/koganei.md#columns)`, `[x](#anchor)`). */
export function findMarkdownLinks(file: string, markdown: string): Citation[] {
  const dir = file.split("/").slice(0, -1);
  const out: Citation[] = [];
  markdown.split("\n").forEach((content, i) => {
    for (const match of content.matchAll(/\]\(([^)\s]+)\)/gu)) {
      const href = match[1] as string;
      if (/^[a-z]+:|^\//u.test(href)) continue; // a URL or a site path, not a repository file
      const [path, anchor] = href.split("#") as [string, string | undefined];
      const parts = path === "" ? [...dir, file.split("/").at(-1) as string] : [...dir];
      for (const part of path === "" ? [] : path.split("/")) {
        if (part === "..") parts.pop();
        else if (part !== ".") parts.push(part);
      }
      out.push({ file, line: i + 1, target: parts.join("/"), anchor: anchor ?? null });
    }
  });
  return out;
}
