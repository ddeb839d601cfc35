/**
 * The published tidy tables: their file names, row schemas (src/schemas/tables.ts) and keys.
 * Keys are declared here once and reach the data package (primaryKey, foreignKeys) and the
 * join tests from this list.
 */
import type { z } from "zod";
import {
  BudgetRowSchema,
  IndicatorRowSchema,
  MeasureRowSchema,
  PlanRowSchema,
  SectionGradeRowSchema,
  YearRecordRowSchema,
} from "../../schemas/tables.ts";

export const TABLE_NAMES = [
  "plans",
  "measures",
  "year_records",
  "grades_by_section",
  "indicators",
  "budgets",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface ForeignKey {
  fields: string[];
  reference: { resource: TableName; fields: string[] };
}

export interface TableDefinition {
  name: TableName;
  schema: z.ZodObject;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

const toMeasure: ForeignKey = {
  fields: ["measure_id"],
  reference: { resource: "measures", fields: ["measure_id"] },
};

export const TABLES: Readonly<Record<TableName, TableDefinition>> = {
  plans: { name: "plans", schema: PlanRowSchema, primaryKey: ["plan_id"], foreignKeys: [] },
  measures: {
    name: "measures",
    schema: MeasureRowSchema,
    primaryKey: ["measure_id"],
    foreignKeys: [
      { fields: ["plan_id"], reference: { resource: "plans", fields: ["plan_id"] } },
      { fields: ["repost_of"], reference: { resource: "measures", fields: ["measure_id"] } },
    ],
  },
  year_records: {
    name: "year_records",
    schema: YearRecordRowSchema,
    primaryKey: ["measure_id", "fiscal_year"],
    foreignKeys: [toMeasure],
  },
  grades_by_section: {
    name: "grades_by_section",
    schema: SectionGradeRowSchema,
    primaryKey: ["measure_id", "fiscal_year", "section"],
    foreignKeys: [
      {
        fields: ["measure_id", "fiscal_year"],
        reference: { resource: "year_records", fields: ["measure_id", "fiscal_year"] },
      },
    ],
  },
  indicators: {
    name: "indicators",
    schema: IndicatorRowSchema,
    primaryKey: ["measure_id", "indicator_no", "value_no"],
    foreignKeys: [toMeasure],
  },
  budgets: {
    name: "budgets",
    schema: BudgetRowSchema,
    primaryKey: ["measure_id", "budget_no"],
    foreignKeys: [toMeasure],
  },
};

/** Column names of a table, in order (the CSV header). */
export function listColumns(name: TableName): string[] {
  return Object.keys(TABLES[name].schema.shape);
}

/** Japanese title and description of a table or a column, from the schema's .meta(). */
export function readMeta(schema: z.ZodType): { title: string; description: string } {
  const meta = schema.meta() as { title?: string; description?: string } | undefined;
  if (!meta?.title || !meta.description)
    throw new Error("a table or column has no title/description meta");
  return { title: meta.title, description: meta.description };
}
