/**
 * Where each tidy table is published: the whole table, one plan's rows, one measure's rows.
 *   /data/tables/{table}.csv|json
 *   /data/tables/{municipality}/{plan}/{table}.csv|json              (every table, even if empty)
 *   /data/tables/{municipality}/{plan}/{code}/{table}.csv|json       (the tables with rows only)
 */
import type { Measure } from "../../schemas/measure.ts";
import type { Tables } from "./build.ts";
import { TABLE_NAMES, type TableName } from "./definitions.ts";

export type TableFormat = "csv" | "json";

export interface TableScope {
  municipality: string;
  plan: string;
  code?: string;
}

export function tableFilePath(table: TableName, format: TableFormat, scope?: TableScope): string {
  const parts = scope ? [scope.municipality, scope.plan, ...(scope.code ? [scope.code] : [])] : [];
  return `/data/tables/${[...parts, `${table}.${format}`].join("/")}`;
}

export interface TableFile {
  params: { municipality: string; plan: string; code?: string; table: TableName };
  rows: Tables[TableName];
}

/**
 * The tables split into groups in one pass over each table's rows (slicing the whole tables
 * once per plan or measure would make the build quadratic): `groupOf` names a measure's group,
 * `plansOf` the plan rows a group starts with.
 */
function groupTables(
  tables: Tables,
  groups: readonly string[],
  plansOf: (group: string) => Tables["plans"],
  groupOf: (measureId: string) => string | undefined,
): Map<string, Tables> {
  const out = new Map<string, Tables>();
  for (const group of groups) {
    out.set(group, {
      plans: plansOf(group),
      measures: [],
      year_records: [],
      grades_by_section: [],
      indicators: [],
      budgets: [],
    });
  }
  for (const table of TABLE_NAMES) {
    if (table === "plans") continue;
    for (const row of tables[table]) {
      const slice = out.get(groupOf(row.measure_id) ?? "");
      (slice?.[table] as { measure_id: string }[] | undefined)?.push(row);
    }
  }
  return out;
}

/** Every table of every plan. */
export function listPlanTableFiles(tables: Tables): TableFile[] {
  const plans = new Map(tables.plans.map((p) => [p.plan_id, p]));
  const planOf = new Map(tables.measures.map((m) => [m.measure_id, m.plan_id]));
  const byPlan = groupTables(
    tables,
    [...plans.keys()],
    (id) => [plans.get(id)].flatMap((p) => (p ? [p] : [])),
    (measureId) => planOf.get(measureId),
  );
  return tables.plans.flatMap((p) => {
    const slice = byPlan.get(p.plan_id);
    if (!slice) return [];
    return TABLE_NAMES.map((table) => ({
      params: { municipality: p.municipality, plan: p.plan, table },
      rows: slice[table],
    }));
  });
}

/** The tables in which a measure has rows (its plan's row counts: every measure has one). */
export function listMeasureTableFiles(tables: Tables): TableFile[] {
  const plans = new Map(tables.plans.map((p) => [p.plan_id, p]));
  const planOf = new Map(tables.measures.map((m) => [m.measure_id, m.plan_id]));
  const byMeasure = groupTables(
    tables,
    [...planOf.keys()],
    (id) => [plans.get(planOf.get(id) ?? "")].flatMap((p) => (p ? [p] : [])),
    (measureId) => measureId,
  );
  return tables.measures.flatMap((m) => {
    const [municipality = "", plan = "", code = ""] = m.measure_id.split("/");
    const slice = byMeasure.get(m.measure_id);
    if (!slice) return [];
    return TABLE_NAMES.filter((table) => slice[table].length > 0).map((table) => ({
      params: { municipality, plan, code, table },
      rows: slice[table],
    }));
  });
}

/** The same list as listMeasureTableFiles, read from one measure (for its page's links). */
export function measureTableNames(measure: Measure): TableName[] {
  const has: Record<TableName, boolean> = {
    plans: true,
    measures: true,
    year_records: measure.years.length > 0,
    grades_by_section: measure.years.some((y) => y.gradesBySection !== null),
    indicators: measure.indicators.some((i) => i.values.length > 0),
    budgets: measure.budget.length > 0,
  };
  return TABLE_NAMES.filter((t) => has[t]);
}
