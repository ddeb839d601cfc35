/**
 * Props for /compare/ and /compare/{category}/, computed once per build from the site data so
 * the page files stay a getStaticPaths and a layout. Only suicide-prevention plans have
 * categories; each municipality's column says what its report prints (grades, 達成度 or
 * neither) and for which period, because none of that is the same across the three.
 */
import type { Category } from "../schemas/category.ts";
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import type { SourceManifestEntry } from "../schemas/source.ts";
import {
  buildCompareMatrix,
  describeMatrix,
  describeRules,
  readLatest,
  type CompareMatrix,
  type LatestReading,
  type RuleSection,
} from "./compare.ts";
import type { SiteData, SitePlan } from "./content.ts";
import { getCounterparts, viewCounterparts, type CounterpartView } from "./site-counterparts.ts";

/** What a plan's report prints per year besides the result. */
export type ReadingKind = "grade" | "achievement" | "none";

export function readingKindOf(
  plan: Pick<SitePlan, "grades">,
  measures: readonly Pick<Measure, "years">[],
): ReadingKind {
  if (plan.grades.length > 0) return "grade";
  return measures.some((m) => m.years.some((y) => y.achievement !== null)) ? "achievement" : "none";
}

export type ComparePlan = {
  plan: SitePlan;
  source: SourceManifestEntry | null;
  reading: ReadingKind;
  /** Whether the figures cover part of a year only (Akiruno: to the end of September). */
  interim: boolean;
};

export type CompareColumn = { municipality: Municipality; plans: ComparePlan[] };

export type ComparePageProps = {
  matrix: CompareMatrix;
  columns: CompareColumn[];
  /** The finding in words (largest category per municipality). */
  finding: string;
};

export type CategoryRow = {
  measure: Measure;
  latest: LatestReading;
  /** The best counterpart in each other municipality (the measure page lists up to three). */
  counterparts: CounterpartView[];
};

export type CategoryGroup = {
  municipality: Municipality;
  plans: (ComparePlan & {
    rules: RuleSection[];
    rows: CategoryRow[];
  })[];
};

export type CategoryPageProps = {
  category: Category;
  groups: CategoryGroup[];
  columns: CompareColumn[];
  categories: Category[];
};

function suicideMeasures(site: SiteData, plan: SitePlan): Measure[] {
  return site.measures.filter(
    (m) => m.municipality === plan.municipality && m.plan === plan.slug && m.category !== null,
  );
}

function buildColumns(site: SiteData): CompareColumn[] {
  return site.municipalities.map((municipality) => ({
    municipality,
    plans: site.plans
      .filter((p) => p.municipality === municipality.id && p.kind === "suicide-prevention")
      .map((plan) => {
        const measures = suicideMeasures(site, plan);
        return {
          plan,
          source: site.sources.find((s) => s.file === plan.source.file) ?? null,
          reading: readingKindOf(plan, measures),
          interim: measures.some((m) => m.years.some((y) => y.status === "interim")),
        };
      }),
  }));
}

export function buildComparePageProps(site: SiteData): ComparePageProps {
  const columns = buildColumns(site);
  const ids = columns.map((c) => c.municipality.id);
  const matrix = buildCompareMatrix(site.categories, ids, site.measures);
  const names = Object.fromEntries(site.municipalities.map((m) => [m.id, m.name]));
  return { matrix, columns, finding: describeMatrix(matrix, names) };
}

export function buildCategoryPageProps(site: SiteData): CategoryPageProps[] {
  const columns = buildColumns(site);
  const counterparts = getCounterparts(site);
  const byId = new Map(site.measures.map((m) => [m.id, m]));
  const names = Object.fromEntries(site.municipalities.map((m) => [m.id, m.name]));
  const best = (id: string): CounterpartView[] =>
    viewCounterparts(id, counterparts, byId, names).map((v) => ({
      ...v,
      matches: v.matches.slice(0, 1),
    }));
  return site.categories.map((category) => ({
    category,
    columns,
    categories: site.categories,
    groups: columns.map((column) => ({
      municipality: column.municipality,
      plans: column.plans.map((cp) => ({
        ...cp,
        rules: describeRules(
          site.categoryRules,
          category.id,
          cp.plan,
          suicideMeasures(site, cp.plan),
        ),
        rows: suicideMeasures(site, cp.plan)
          .filter((m) => m.category === category.id)
          .map((measure) => ({
            measure,
            latest: readLatest(measure, cp.plan.grades),
            counterparts: best(measure.id),
          })),
      })),
    })),
  }));
}
