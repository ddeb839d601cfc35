/**
 * The hidden block build:search adds to each measure page's copy in the index (never to the
 * served page): the bigram words of its title and body. Letters a–z only, so it needs no
 * escaping.
 */
import type { Measure } from "../../schemas/measure.ts";
import { bodyFields, titleFields, type MeasureContext } from "./fields.ts";
import { documentTokens } from "./tokens.ts";

/** Title bigrams count this much more than body bigrams (pagefind squares weights). */
export const TITLE_WEIGHT = 5;

export function tokenBlock(measure: Measure, context: MeasureContext): string {
  const title = documentTokens(titleFields(measure));
  const body = documentTokens(bodyFields(measure, context));
  return (
    `<div data-pagefind-body>` +
    `<p data-pagefind-weight="${TITLE_WEIGHT}">${title.join(" ")}</p>` +
    `<p>${body.join(" ")}</p>` +
    `</div>`
  );
}

/** The page with the block inserted before </body>. Throws when the page has no </body>. */
export function withTokenBlock(html: string, block: string): string {
  const at = html.lastIndexOf("</body>");
  if (at < 0) throw new Error("page has no </body>");
  return html.slice(0, at) + block + html.slice(at);
}

/** Strip the token words pagefind returns at the end of a result's content. */
export function stripTokenWords(content: string): string {
  return content.replace(/(?:\s*\b[a-z]{8}\b)+\s*$/u, "");
}
