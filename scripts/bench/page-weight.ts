import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Which kind of page a site path is, by its shape. */
export function pageType(sitePath: string): string {
  const parts = sitePath.split("/").filter(Boolean);
  if (parts.length === 0) return "home";
  if (["about", "search", "data", "compare", "departments"].includes(parts[0] as string))
    return parts[0] as string;
  return ["municipality", "plan", "measure"][parts.length - 1] ?? "other";
}

export interface PageWeight {
  path: string;
  type: string;
  /** gzip bytes of the HTML plus every stylesheet it links. */
  htmlCssGzip: number;
  /** bytes of JS the page loads (inline and external), gzip. */
  jsGzip: number;
}

/** Weigh one built page the way a first visit would fetch it. */
export async function weighPage(dist: string, sitePath: string): Promise<PageWeight> {
  const html = await readFile(join(dist, sitePath, "index.html"), "utf8");
  let css = "";
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) {
    css += await readFile(join(dist, href as string), "utf8");
  }
  let js = "";
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g))
    js += await readFile(join(dist, src as string), "utf8");
  for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    js += body;
  return {
    path: sitePath,
    type: pageType(sitePath),
    htmlCssGzip: gzipSync(html + css).length,
    jsGzip: js === "" ? 0 : gzipSync(js).length,
  };
}
