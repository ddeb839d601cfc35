/**
 * One typographic voice in the built site (docs/typography.md). The sources never print 〜
 * (U+301C) nor a range ending where it starts, so any on a page is text the site wrote.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { listPages, readPage } from "./site.ts";

let texts: { path: string; text: string }[];

/** The visible text of a page body, without code (data values such as the stored key "A+"). */
function bodyText(html: string): string {
  return (html.split(/<body[^>]*>/u)[1] ?? "")
    .replace(/<(script|style|code|svg)\b[\s\S]*?<\/\1>/gu, " ")
    .replace(/<[^>]*>/gu, "")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&");
}

beforeAll(async () => {
  const pages = await listPages();
  texts = await Promise.all(
    pages.map(async (path) => ({ path, text: bodyText(await readPage(path)) })),
  );
});

const offending = (pattern: RegExp, skip: (path: string) => boolean = () => false): string[] =>
  texts
    .filter(({ path }) => !skip(path))
    .flatMap(({ path, text }) => [...text.matchAll(pattern)].map((m) => `${path}: ${m[0]}`));

describe("typography of the site's own text", () => {
  it("writes ranges with ～, as the sources do", () => {
    expect(offending(/.{0,12}〜.{0,12}/gu)).toEqual([]);
  });
  it("writes a one-line range as 「N行目」", () => {
    expect(offending(/(\d+)[～〜-]\1行目/gu)).toEqual([]);
  });
  it("writes the top grade as A＋", () => {
    // The data dictionary on /data/ documents the stored key, which is "A+"; a source page
    // (/sources/…) prints the municipality's text exactly as it stands in the file.
    const exempt = (path: string): boolean => path === "/data/" || path.startsWith("/sources/");
    expect(offending(/.{0,12}A\+.{0,12}/gu, exempt)).toEqual([]);
  });
});
