/**
 * Props for /{municipality}/{plan}/changes/ and the summary line per year on the plan page. A plan
 * gets the page when it reports a status (grades or 達成度) for two or more years: Nerima's
 * suicide-prevention plan (grades, FY2019–2023) and Koganei's (達成度, FY2020–2021). Akiruno
 * reports one interim year and the strategic plans print no status, so they have none.
 */
import type { Measure } from "../schemas/measure.ts";
import type { Municipality } from "../schemas/municipality.ts";
import { measuresOfPlan, type SiteData, type SitePlan } from "./content.ts";
import { buildYearSteps, changeScaleOf, type ChangeScale, type YearStep } from "./changes.ts";
import { formatFiscalYear } from "./fiscal-year.ts";

export type ChangesPageProps = {
  plan: SitePlan;
  municipality: Municipality;
  scale: ChangeScale;
  steps: YearStep[];
};

/** The steps of one plan, or null when it has no status to follow across years. */
export function planSteps(
  plan: Pick<SitePlan, "grades">,
  measures: readonly Measure[],
): { scale: ChangeScale; steps: YearStep[] } | null {
  const scale = changeScaleOf(plan.grades, measures);
  if (!scale) return null;
  const steps = buildYearSteps(measures, scale, plan.grades);
  return steps.length > 0 ? { scale, steps } : null;
}

export function changesUrl(plan: Pick<SitePlan, "municipality" | "slug">): string {
  return `/${plan.municipality}/${plan.slug}/changes/`;
}

/** The anchor of one step on the changes page: #fy2019-2020. */
export function stepAnchor(step: Pick<YearStep, "from" | "to">): string {
  return `fy${step.from}-${step.to}`;
}

/** `令和元年度（2019年度）→令和2年度（2020年度）` */
export function stepLabel(step: Pick<YearStep, "from" | "to">): string {
  return `${formatFiscalYear(step.from)}→${formatFiscalYear(step.to)}`;
}

/** One line per step, e.g. 「上がった 3件・下がった 12件・変わらず 70件（比べられない 8件）」. */
export function summarizeStep(step: YearStep, scale: ChangeScale): string {
  const parts =
    scale === "grade"
      ? [
          `上がった ${step.up.length}件`,
          `下がった ${step.down.length}件`,
          `変わらず ${step.unchanged}件`,
        ]
      : [`変わった ${step.changed.length}件`, `同じ ${step.unchanged}件`];
  const rest = step.notCompared.length > 0 ? `（比べられない ${step.notCompared.length}件）` : "";
  return parts.join("・") + rest;
}

export function buildChangesPageProps(site: SiteData): ChangesPageProps[] {
  return site.plans.flatMap((plan) => {
    const measures = measuresOfPlan(site, plan);
    const found = planSteps(plan, measures);
    const municipality = site.municipalities.find((m) => m.id === plan.municipality);
    return found && municipality ? [{ plan, municipality, ...found }] : [];
  });
}
