/**
 * BibTeX and CSL-JSON for a measure: one entry for the measure and one per fiscal year (its
 * #fy anchor), published as static files next to nothing dynamic — so no access date: the
 * reader adds `urldate` / `accessed` when citing.
 */
import type { CitedMeasureFacts } from "./citation.ts";
import { formatFiscalYear } from "./fiscal-year.ts";

export interface CitableMeasure extends CitedMeasureFacts {
  /** municipality/plan/code */
  id: string;
  /** Absolute permalink of the measure page. */
  permalink: string;
  dataVersion: string;
  /** The source file and the measure's line range in it. */
  sourceFile: string;
  sourceLines: readonly [number, number];
}

interface Entry {
  key: string;
  title: string;
  url: string;
  fiscalYear: number | null;
}

function entries(m: CitableMeasure): Entry[] {
  const base = `shisaku-${m.id.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const title = `${m.documentTitle} 施策${m.measureCode}「${m.measureTitle}」`;
  return [
    { key: base, title, url: m.permalink, fiscalYear: null },
    ...m.fiscalYears.map((fy) => ({
      key: `${base}-fy${fy}`,
      title: `${title} ${formatFiscalYear(fy)}`,
      url: `${m.permalink}#fy${fy}`,
      fiscalYear: fy,
    })),
  ];
}

/** Escape the characters BibTeX treats specially inside a braced value. */
export function bibtexEscape(text: string): string {
  return text.replace(/\\/g, "\\textbackslash ").replace(/([&%$#_{}])/g, "\\$1");
}

export function toBibtex(m: CitableMeasure): string {
  const author = m.publisher ?? m.municipalityName;
  const year = m.documentDate?.slice(0, 4);
  return entries(m)
    .map((e) =>
      [
        `@misc{${e.key},`,
        `  author = {{${bibtexEscape(author)}}},`,
        `  title = {${bibtexEscape(e.title)}},`,
        ...(year ? [`  year = {${year}},`] : []),
        `  howpublished = {施策（shisaku）データ版 ${bibtexEscape(m.dataVersion)}},`,
        `  url = {${e.url}},`,
        `  note = {原資料 ${bibtexEscape(m.sourceFile)} ${m.sourceLines[0]}--${m.sourceLines[1]}行。閲覧日を urldate に記入してください},`,
        `}`,
      ].join("\n"),
    )
    .join("\n\n")
    .concat("\n");
}

/** CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export function toCslJson(m: CitableMeasure): object[] {
  const author = m.publisher ?? m.municipalityName;
  const date = m.documentDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.documentDate) : null;
  return entries(m).map((e) => ({
    id: e.key,
    type: "dataset",
    title: e.title,
    author: [{ literal: author }],
    ...(date
      ? { issued: { "date-parts": [[Number(date[1]), Number(date[2]), Number(date[3])]] } }
      : {}),
    publisher: "施策（shisaku）",
    version: m.dataVersion,
    URL: e.url,
    language: "ja",
    note: `原資料 ${m.sourceFile} ${m.sourceLines[0]}–${m.sourceLines[1]}行。引用するときは閲覧日（accessed）を加えてください。`,
  }));
}
