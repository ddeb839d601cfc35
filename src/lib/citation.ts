/**
 * The citation sentence under each measure, ready to copy. It names who published what, which
 * measure and years, the permanent address, and the access date (the build date).
 */
import { formatDateJa, formatFiscalYearRange } from "./format.ts";

export interface CitationInput {
  municipalityName: string;
  documentTitle: string;
  publisher: string | null;
  /** ISO date as printed in the document, or null. */
  documentDate: string | null;
  measureCode: string;
  measureTitle: string;
  fiscalYears: readonly number[];
  /** Absolute permalink. */
  permalink: string;
  /** ISO date the page was built (= the date its content was read). */
  accessed: string;
}

export function buildCitation(c: CitationInput): string {
  const publishedBy = [c.publisher ?? c.municipalityName, formatDateJa(c.documentDate)]
    .filter(Boolean)
    .join("、");
  const years = formatFiscalYearRange(c.fiscalYears);
  return (
    `${c.municipalityName}「${c.documentTitle}」（${publishedBy}）` +
    `、施策${c.measureCode}「${c.measureTitle}」${years ? `、${years}` : ""}。` +
    `施策（shisaku）${c.permalink}（${formatDateJa(c.accessed)}閲覧）`
  );
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
  /** ISO date the data was read. */
  accessed: string;
}

/** The sentence for citing the data set as a whole (the sources stay the municipalities'). */
export function buildDatasetCitation(c: DatasetCitationInput): string {
  return (
    `施策（shisaku）「自治体の計画の進捗データ（${c.municipalityNames.join("・")}）」` +
    `スキーマ版 ${c.schemaVersion}。${c.url}（${formatDateJa(c.accessed)}閲覧）`
  );
}
