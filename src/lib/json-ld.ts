/**
 * schema.org Dataset descriptions (JSON-LD) for the /data/ page and each plan page, so search
 * engines and dataset catalogues can find the downloads, licence and version.
 */
import { DATASET_LICENSE, DATASET_TITLE } from "./dataset-meta.ts";

export interface DatasetJsonLdInput {
  name: string;
  description: string;
  /** Absolute URL of the page that describes the dataset. */
  url: string;
  /** Site origin, ending in "/". */
  site: string;
  version: string;
  /** ISO date of the data version. */
  dateModified: string;
  /** Municipality names covered. */
  spatial: readonly string[];
  /** Fiscal years covered (Gregorian start years). */
  fiscalYears: readonly number[];
  /** Site-relative download paths with their formats. */
  downloads: readonly { path: string; format: string; name: string }[];
  keywords: readonly string[];
}

export function datasetJsonLd(d: DatasetJsonLdInput): object {
  const years = [...d.fiscalYears].sort((a, b) => a - b);
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: d.name,
    description: d.description,
    url: d.url,
    version: d.version,
    dateModified: d.dateModified,
    inLanguage: "ja",
    isAccessibleForFree: true,
    license: DATASET_LICENSE.url,
    keywords: d.keywords,
    creator: { "@type": "Organization", name: "施策（shisaku）", url: d.site },
    includedInDataCatalog: {
      "@type": "DataCatalog",
      name: DATASET_TITLE,
      url: new URL("/data/", d.site).href,
    },
    spatialCoverage: d.spatial.map((name) => ({ "@type": "Place", name: `東京都${name}` })),
    ...(years.length > 0
      ? { temporalCoverage: `${years[0]}-04-01/${years[years.length - 1]! + 1}-03-31` }
      : {}),
    distribution: d.downloads.map((x) => ({
      "@type": "DataDownload",
      name: x.name,
      encodingFormat: x.format,
      contentUrl: new URL(x.path, d.site).href,
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so text cannot end it. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
