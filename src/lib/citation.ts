/**
 * The citation sentence under each measure and each fiscal year, ready to copy. It names who
 * published what, which measure and years, the data version, the permanent address, and the
 * access date. Pages print it without an access date (a date frozen at build time would be
 * wrong for every later reader): the reader's browser fills it in, or the text asks for it.
 */
import { formatDateJa, formatFiscalYearRange } from "./format.ts";

/** What any citation of a measure names: who published which document, and which measure. */
export interface CitedMeasureFacts {
  municipalityName: string;
  documentTitle: string;
  /** Publisher as printed, or null (then the municipality is the author). */
  publisher: string | null;
  /** ISO date as printed in the document, or null. */
  documentDate: string | null;
  measureCode: string;
  measureTitle: string;
  fiscalYears: readonly number[];
}

export interface CitationInput extends CitedMeasureFacts {
  /** Absolute permalink (with #fy2019 for one fiscal year). */
  permalink: string;
  /** ISO date the reader read the page, or null when only the reader can know it. */
  accessed: string | null;
  /** Data version (lib/dataset-meta.ts), when known. */
  dataVersion?: string | undefined;
}

/** What a reader writes when no access date could be filled in. */
export const ACCESS_DATE_PROMPT = "（閲覧日を書き添えてください）";

/** `（2025年11月24日閲覧）`, or the prompt to add one. */
export function accessedText(accessed: string | null): string {
  return accessed ? `（${formatDateJa(accessed)}閲覧）` : ACCESS_DATE_PROMPT;
}

/** The citation up to and including the permalink; the access date follows it. */
export function citationBody(c: CitationInput): string {
  const publishedBy = [c.publisher ?? c.municipalityName, formatDateJa(c.documentDate)]
    .filter(Boolean)
    .join("、");
  const years = formatFiscalYearRange(c.fiscalYears);
  const version = c.dataVersion ? `データ版 ${c.dataVersion}、` : "";
  return (
    `${c.municipalityName}「${c.documentTitle}」（${publishedBy}）` +
    `、施策${c.measureCode}「${c.measureTitle}」${years ? `、${years}` : ""}。` +
    `施策（shisaku）${version}${c.permalink}`
  );
}

export function buildCitation(c: CitationInput): string {
  return citationBody(c) + accessedText(c.accessed);
}

/** Today's date in Japan as ISO (the access date printed in citations). */
export function buildDateIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export interface DatasetCitationInput {
  /** Municipality names covered, in site order. */
  municipalityNames: readonly string[];
  schemaVersion: string;
  /** Absolute URL of the download or of /data/. */
  url: string;
  /** ISO date the data was read, or null when only the reader can know it. */
  accessed: string | null;
  /** Data version (lib/dataset-meta.ts), when known. */
  dataVersion?: string | undefined;
}

/** The sentence for citing the data set as a whole (the sources stay the municipalities'). */
export function buildDatasetCitation(c: DatasetCitationInput): string {
  return (
    `施策（shisaku）「自治体の計画の進捗データ（${c.municipalityNames.join("・")}）」` +
    `スキーマ版 ${c.schemaVersion}${c.dataVersion ? `、データ版 ${c.dataVersion}` : ""}。${c.url}` +
    accessedText(c.accessed)
  );
}
