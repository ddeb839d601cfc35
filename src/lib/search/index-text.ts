/**
 * What build:search gives pagefind for one measure: a small HTML record built from the data,
 * not the served page. It holds only what a search uses:
 * - the bigram words of the title (weighted) and of the body (see tokens.ts): the only words
 *   indexed, so pagefind's own Japanese segmentation, which no query uses, is never built;
 * - the result's metadata (meta.ts), with `text`, the readable text the excerpt is cut from
 *   (meta is stored with the result but not indexed, and carries no segmentation marks);
 * - the filter values (filters.ts).
 * A result's stored fragment is therefore the bigram words plus this metadata, not the page.
 */
import type { Measure } from "../../schemas/measure.ts";
import type { YearFieldLabels } from "../../schemas/municipality.ts";
import { formatFiscalYear } from "../fiscal-year.ts";
import { yearFieldLabels } from "../format.ts";
import { bodyFields, titleFields, type MeasureContext } from "./fields.ts";
import { FILTER_KEYS, measureFilters } from "./filters.ts";
import { EXCERPT_META, searchMeta } from "./meta.ts";
import { documentTokens } from "./tokens.ts";

/** Title bigrams count this much more than body bigrams (pagefind squares weights). */
export const TITLE_WEIGHT = 5;

/**
 * The excerpt text is cut here: a result shows about 100 characters of it, and nearly every
 * measure's text is shorter (at the cut, a match further on shows the text's start instead).
 */
export const EXCERPT_TEXT_CHARS = 1_200;

const escapeAttr = (value: string): string =>
  value.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");

/**
 * The text a result's excerpt is cut from: the measure's own fields in page order, each with
 * its label and a clear separator (「担当：…／」), and each fiscal year under a 【令和2年度（2020年度）】
 * heading, so a result can say which year matched (excerpt.ts, matchedFiscalYear).
 */
export function excerptText(
  measure: Measure,
  labels: YearFieldLabels = yearFieldLabels({ yearFieldLabels: {} }),
): string {
  const parts: string[] = [];
  const field = (label: string, value: string | null): void => {
    const text = value?.replace(/\s+/gu, " ").trim();
    if (text) parts.push(`${label}：${text}／`);
  };
  field("担当", measure.departments.join("、"));
  field("内容", measure.description);
  field("目標", measure.goal);
  for (const year of measure.years) {
    parts.push(`【${formatFiscalYear(year.fiscalYear)}】`);
    field(labels.result, year.result);
    field(labels.achievement, year.achievement);
    field(labels.assessment, year.assessment);
    field(labels.nextPlan, year.nextPlan);
  }
  for (const indicator of measure.indicators) {
    field(indicator.name, indicator.values.map((v) => v.value).join("、"));
  }
  const text = parts.join(" ");
  return text.length > EXCERPT_TEXT_CHARS ? `${text.slice(0, EXCERPT_TEXT_CHARS)}…` : text;
}

/** A measure's search words: its title's and its body's bigram words (tokens.ts). */
export interface MeasureTokens {
  title: string[];
  body: string[];
}

export function measureTokens(measure: Measure, context: MeasureContext): MeasureTokens {
  return {
    title: documentTokens(titleFields(measure)),
    body: documentTokens(bodyFields(measure, context)),
  };
}

export function tokenBlock(
  measure: Measure,
  context: MeasureContext,
  { title, body }: MeasureTokens = measureTokens(measure, context),
): string {
  return (
    `<p data-pagefind-weight="${TITLE_WEIGHT}">${title.join(" ")}</p>` + `<p>${body.join(" ")}</p>`
  );
}

/**
 * The whole record for pagefind's addHTMLFile. build:search passes the words it also gives the
 * whole-site index (site-index-build.ts), so both indexes get the same words, computed once.
 */
export function searchRecordHtml(
  measure: Measure,
  context: MeasureContext,
  tokens: MeasureTokens = measureTokens(measure, context),
): string {
  const meta: Record<string, string> = {
    ...searchMeta(measure, context),
    [EXCERPT_META]: excerptText(measure, context.yearLabels),
  };
  const filters = measureFilters(measure, context);
  const spans = [
    ...Object.entries(meta).map(
      ([key, value]) => `<span data-pagefind-meta="${escapeAttr(`${key}:${value}`)}"></span>`,
    ),
    ...FILTER_KEYS.flatMap((key) =>
      (filters[key] ?? []).map(
        (value) => `<span data-pagefind-filter="${escapeAttr(`${key}:${value}`)}"></span>`,
      ),
    ),
  ];
  return (
    `<html lang="ja"><body><div data-pagefind-body>` +
    spans.join("") +
    tokenBlock(measure, context, tokens) +
    `</div></body></html>`
  );
}

/** Strip the token words pagefind returns at the end of a result's content. */
export function stripTokenWords(content: string): string {
  return content.replace(/(?:\s*\b[a-z]{8}\b)+\s*$/u, "");
}
