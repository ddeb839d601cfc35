/** The Dataset JSON-LD of a plan page: its CSV and the measures' JSON, licence and version. */
import type { Municipality } from "../schemas/municipality.ts";
import type { SitePlan } from "./content.ts";
import { readDataVersion } from "./dataset-meta.ts";
import { formatFiscalYearRange } from "./format.ts";
import { datasetJsonLd } from "./json-ld.ts";

export function planJsonLd(
  plan: SitePlan,
  municipality: Municipality,
  measureCount: number,
  site: URL,
): object {
  const version = readDataVersion();
  return datasetJsonLd({
    name: `${municipality.name}「${plan.title}」の施策データ`,
    description: `${municipality.name}が公表した「${plan.source.title}」から、${measureCount}の施策・事業の${formatFiscalYearRange(plan.fiscalYears)}の記載を、原資料の行番号付きで整理したデータ。`,
    url: new URL(`/${plan.municipality}/${plan.slug}/`, site).href,
    site: site.href,
    version: version.version,
    dateModified: version.date,
    spatial: [municipality.name],
    fiscalYears: plan.fiscalYears,
    downloads: [
      {
        path: `/data/${plan.municipality}/${plan.slug}.csv`,
        format: "text/csv",
        name: "この計画の全施策（CSV）",
      },
      { path: "/data/measures.json", format: "application/json", name: "全データ（JSON）" },
    ],
    keywords: [
      municipality.name,
      plan.kind === "suicide-prevention" ? "自殺対策" : "戦略計画",
      "施策",
      "進捗",
    ],
  });
}

/** The Dataset JSON-LD of /data/: every plan's CSV plus the bulk JSON. */
export function siteJsonLd(
  plans: readonly { plan: SitePlan; municipality: Municipality; count: number }[],
  site: URL,
): object {
  const version = readDataVersion();
  const names = [...new Set(plans.map((p) => p.municipality.name))];
  return datasetJsonLd({
    name: "自治体の計画の進捗データ（施策（shisaku））",
    description: `${names.join("・")}が公表した計画の進捗報告から、${plans.reduce((n, p) => n + p.count, 0)}の施策・事業の年度ごとの実績・評価・指標を、原資料の行番号付きで整理したデータ。`,
    url: new URL("/data/", site).href,
    site: site.href,
    version: version.version,
    dateModified: version.date,
    spatial: names,
    fiscalYears: plans.flatMap((p) => p.plan.fiscalYears),
    downloads: [
      { path: "/data/measures.json", format: "application/json", name: "全データ（JSON）" },
      { path: "/data/measures.csv", format: "text/csv", name: "全データ（CSV）" },
      ...plans.map((p) => ({
        path: `/data/${p.plan.municipality}/${p.plan.slug}.csv`,
        format: "text/csv",
        name: `${p.municipality.name}「${p.plan.title}」（CSV）`,
      })),
    ],
    keywords: ["自治体", "計画", "施策", "進捗", "自殺対策", ...names],
  });
}
