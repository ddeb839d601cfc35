/**
 * Build the tidy tables from the normalized data: one row per plan, measure, measure × fiscal
 * year, section grade, indicator value and budget cell. Values are copied, never rewritten: lists
 * are joined with a stated separator, nulls stay null, unknown cells are flagged.
 */
import type { Category } from "../../schemas/category.ts";
import type { Measure } from "../../schemas/measure.ts";
import type { Municipality } from "../../schemas/municipality.ts";
import type { Plan } from "../../schemas/plan.ts";
import type {
  BudgetRow,
  IndicatorRow,
  MeasureRow,
  PlanRow,
  SectionGradeRow,
  YearRecordRow,
} from "../../schemas/tables.ts";
import { formatPathStep } from "../format.ts";
import { measureIndex } from "../measure-index.ts";
import { isUnknownCell, isUnknownIndicatorValue } from "../unknown-cells.ts";
import { splitCode } from "./codes.ts";
import { isValidLocalGovernmentCode } from "./local-government-code.ts";
import type { TableName } from "./definitions.ts";

/** A plan as the site holds it: `slug` is the plan's id within its municipality. */
export type TablePlan = Omit<Plan, "id"> & { slug: string };

export interface TableInput {
  municipalities: readonly Municipality[];
  plans: readonly TablePlan[];
  categories: readonly Pick<Category, "id" | "label">[];
  /** In publication order (plan order, then printed-code order). */
  measures: readonly Measure[];
}

export interface Tables {
  plans: PlanRow[];
  measures: MeasureRow[];
  year_records: YearRecordRow[];
  grades_by_section: SectionGradeRow[];
  indicators: IndicatorRow[];
  budgets: BudgetRow[];
}

export type AnyRow = Tables[TableName][number];

/** Separator of several 担当課 in one cell (one printed section name contains "、"). */
export const SECTIONS_SEPARATOR = " / ";
export const PATH_SEPARATOR = " > ";

type MunicipalityCells = Pick<PlanRow, "municipality_code" | "prefecture" | "municipality_name">;

function municipalityCells(municipality: Municipality): MunicipalityCells {
  return {
    municipality_code: municipality.code,
    prefecture: municipality.prefecture,
    municipality_name: municipality.name,
  };
}

const planIdOf = (municipality: string, slug: string): string => `${municipality}/${slug}`;

function buildPlanRow(plan: TablePlan, cells: MunicipalityCells, count: number): PlanRow {
  const years = [...plan.fiscalYears].sort((a, b) => a - b);
  return {
    ...cells,
    plan_id: planIdOf(plan.municipality, plan.slug),
    municipality: plan.municipality as PlanRow["municipality"],
    plan: plan.slug,
    title: plan.title,
    kind: plan.kind,
    first_fiscal_year: years[0] ?? null,
    last_fiscal_year: years[years.length - 1] ?? null,
    as_of: plan.asOf,
    measure_count: count,
    source_file: plan.source.file,
    source_title: plan.source.title,
    source_publisher: plan.source.publisher,
    source_date: plan.source.date,
  };
}

function buildMeasureRow(
  m: Measure,
  cells: MunicipalityCells,
  categoryName: string | null,
): MeasureRow {
  const { printedCode, siteCode } = splitCode(m);
  return {
    ...cells,
    measure_id: m.id,
    plan_id: planIdOf(m.municipality, m.plan),
    code: m.code,
    printed_code: printedCode,
    site_code: siteCode,
    sub_letter: m.subLetter,
    title: m.title,
    path: m.path.map(formatPathStep).join(PATH_SEPARATOR),
    category: m.category,
    category_name: categoryName,
    division: m.division,
    sections: m.departments.length > 0 ? m.departments.join(SECTIONS_SEPARATOR) : null,
    description: m.description,
    goal: m.goal,
    plan_page: m.planPage,
    starred: m.starred,
    repost_of: m.repostOf,
    repost_of_code: m.repostOfCode,
    url: m.url,
    source_file: m.source.file,
    source_line_first: m.source.lines[0],
    source_line_last: m.source.lines[1],
    notes: m.notes.length > 0 ? m.notes.join("\n") : null,
  };
}

function buildYearRows(m: Measure, cells: MunicipalityCells): YearRecordRow[] {
  return m.years.map((y, i) => ({
    ...cells,
    measure_id: m.id,
    fiscal_year: y.fiscalYear,
    status: y.status,
    result: y.result,
    grade: y.grade,
    grades_by_section: y.gradesBySection !== null,
    achievement: y.achievement,
    assessment: y.assessment,
    next_plan: y.nextPlan,
    result_unknown: isUnknownCell(m, i, "result"),
    grade_unknown: isUnknownCell(m, i, "grade"),
    achievement_unknown: isUnknownCell(m, i, "achievement"),
    assessment_unknown: isUnknownCell(m, i, "assessment"),
    next_plan_unknown: isUnknownCell(m, i, "nextPlan"),
  }));
}

function buildSectionGradeRows(m: Measure, cells: MunicipalityCells): SectionGradeRow[] {
  return m.years.flatMap((y) =>
    (y.gradesBySection ?? []).map((g) => ({
      ...cells,
      measure_id: m.id,
      fiscal_year: y.fiscalYear,
      section: g.department,
      grade: g.grade,
    })),
  );
}

function buildIndicatorRows(m: Measure, cells: MunicipalityCells): IndicatorRow[] {
  return m.indicators.flatMap((ind, i) =>
    ind.values.map((v, j) => ({
      ...cells,
      measure_id: m.id,
      indicator_no: i + 1,
      indicator: ind.name,
      value_no: j + 1,
      kind: v.kind,
      fiscal_year: v.fiscalYear,
      value: v.value,
      value_unknown: isUnknownIndicatorValue(m, i, j),
    })),
  );
}

function buildBudgetRows(m: Measure, cells: MunicipalityCells): BudgetRow[] {
  return m.budget.map((b, i) => ({
    ...cells,
    measure_id: m.id,
    budget_no: i + 1,
    kind: b.fiscalYear === null ? "total" : "fiscal_year",
    fiscal_year: b.fiscalYear,
    million_yen: b.millionYen,
  }));
}

export function buildTables(input: TableInput): Tables {
  const municipalities = new Map<string, Municipality>(input.municipalities.map((m) => [m.id, m]));
  const cellsOf = (id: string): MunicipalityCells => {
    const municipality = municipalities.get(id);
    if (!municipality)
      throw new Error(`tables: no municipality "${id}" in data/municipalities.json`);
    if (!isValidLocalGovernmentCode(municipality.code))
      throw new Error(
        `tables: data/municipalities.json: ${id} code "${municipality.code}" is not a 6-digit 全国地方公共団体コード with a valid check digit`,
      );
    return municipalityCells(municipality);
  };
  const categories = new Map(input.categories.map((c) => [c.id, c.label]));
  // Measures per plan from the shared index (a filter per plan is quadratic at scale).
  const { byPlan } = measureIndex(input.measures);
  const tables: Tables = {
    plans: input.plans.map((p) =>
      buildPlanRow(
        p,
        cellsOf(p.municipality),
        byPlan.get(planIdOf(p.municipality, p.slug))?.length ?? 0,
      ),
    ),
    measures: [],
    year_records: [],
    grades_by_section: [],
    indicators: [],
    budgets: [],
  };
  for (const m of input.measures) {
    const cells = cellsOf(m.municipality);
    const categoryName = m.category === null ? null : (categories.get(m.category) ?? null);
    tables.measures.push(buildMeasureRow(m, cells, categoryName));
    tables.year_records.push(...buildYearRows(m, cells));
    tables.grades_by_section.push(...buildSectionGradeRows(m, cells));
    tables.indicators.push(...buildIndicatorRows(m, cells));
    tables.budgets.push(...buildBudgetRows(m, cells));
  }
  return tables;
}

/** The rows of one plan, or of one measure (with its plan's row), from the full tables. */
export function sliceTables(
  tables: Tables,
  by: { planId: string } | { measureId: string },
): Tables {
  const measureIds = new Set(
    tables.measures
      .filter((m) => ("planId" in by ? m.plan_id === by.planId : m.measure_id === by.measureId))
      .map((m) => m.measure_id),
  );
  const planIds = new Set(
    tables.measures.filter((m) => measureIds.has(m.measure_id)).map((m) => m.plan_id),
  );
  if ("planId" in by) planIds.add(by.planId);
  const ofMeasure = <T extends { measure_id: string }>(rows: T[]): T[] =>
    rows.filter((r) => measureIds.has(r.measure_id));
  return {
    plans: tables.plans.filter((p) => planIds.has(p.plan_id)),
    measures: ofMeasure(tables.measures),
    year_records: ofMeasure(tables.year_records),
    grades_by_section: ofMeasure(tables.grades_by_section),
    indicators: ofMeasure(tables.indicators),
    budgets: ofMeasure(tables.budgets),
  };
}
