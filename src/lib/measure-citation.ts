/**
 * The citation facts of one measure page, shared by the page (text), and the BibTeX and
 * CSL-JSON files under /cite/.
 */
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import type { CitationInput } from "./citation.ts";
import type { CitableMeasure } from "./citation-formats.ts";
import type { SitePlan } from "./content.ts";
import { displayCode } from "./codes.ts";

/** Site-relative paths of a measure's citation files. */
export function citationFileUrls(measure: Measure): { bibtex: string; cslJson: string } {
  const base = `/cite/${measure.municipality}/${measure.plan}/${measure.code}`;
  return { bibtex: `${base}.bib`, cslJson: `${base}.csl.json` };
}

export function citableMeasure(
  measure: Measure,
  plan: SitePlan,
  municipality: Municipality,
  site: URL,
  dataVersion: string,
): CitableMeasure {
  return {
    id: measure.id,
    municipalityName: municipality.name,
    documentTitle: plan.source.title,
    publisher: plan.source.publisher,
    documentDate: plan.source.date,
    // Printed code with its sub-letter; a code the site assigned says so (src/lib/codes.ts).
    measureCode: displayCode(measure),
    measureTitle: measure.title,
    fiscalYears: measure.years.map((y) => y.fiscalYear),
    permalink: new URL(measure.url, site).href,
    dataVersion,
    sourceFile: measure.source.file,
    sourceLines: measure.source.lines,
  };
}

/** The sentence's input for the whole measure, or for one fiscal year (its #fy anchor). */
export function citationInput(c: CitableMeasure, fiscalYear?: number): CitationInput {
  return {
    municipalityName: c.municipalityName,
    documentTitle: c.documentTitle,
    publisher: c.publisher,
    documentDate: c.documentDate,
    measureCode: c.measureCode,
    measureTitle: c.measureTitle,
    fiscalYears: fiscalYear === undefined ? c.fiscalYears : [fiscalYear],
    permalink: fiscalYear === undefined ? c.permalink : `${c.permalink}#fy${fiscalYear}`,
    accessed: null,
    dataVersion: c.dataVersion,
  };
}
