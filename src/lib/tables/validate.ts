/**
 * Check rows against a Frictionless table schema: cast each CSV cell by its field type, check
 * types and constraints, primary-key uniqueness, and foreign keys across tables. Returns one line
 * per problem (table, row, column, what is wrong), empty when the table is valid.
 */
import type { TableField, TableSchema } from "./table-schema.ts";

export type Row = Readonly<Record<string, unknown>>;

/** A CSV cell read as its field's type; a missing value ("") is null. Throws on a bad cell. */
export function castCell(field: TableField, raw: string): string | number | boolean | null {
  if (raw === "") return null;
  switch (field.type) {
    case "string":
      return raw;
    case "boolean":
      if (raw === "true") return true;
      if (raw === "false") return false;
      break;
    case "integer":
      if (/^-?\d+$/.test(raw)) return Number(raw);
      break;
    case "number":
      if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
      break;
  }
  throw new Error(`${field.name}: "${raw}" is not a ${field.type}`);
}

function checkValue(field: TableField, value: unknown): string | null {
  const c = field.constraints;
  if (value === null) return c.required ? "is required but empty" : null;
  const ok =
    field.type === "string"
      ? typeof value === "string"
      : field.type === "boolean"
        ? typeof value === "boolean"
        : typeof value === "number" && (field.type === "number" || Number.isInteger(value));
  if (!ok) return `is not a ${field.type}: ${JSON.stringify(value)}`;
  if (c.enum && !c.enum.includes(value as string))
    return `"${String(value)}" is not one of ${c.enum.join(", ")}`;
  if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, "u").test(value as string))
    return `"${String(value)}" does not match ${c.pattern}`;
  if (c.minLength !== undefined && (value as string).length < c.minLength) return "is too short";
  if (c.minimum !== undefined && (value as number) < c.minimum)
    return `${String(value)} < ${c.minimum}`;
  if (c.maximum !== undefined && (value as number) > c.maximum)
    return `${String(value)} > ${c.maximum}`;
  return null;
}

const keyOf = (row: Row, fields: readonly string[]): string =>
  JSON.stringify(fields.map((f) => row[f]));

export function validateRows(table: string, schema: TableSchema, rows: readonly Row[]): string[] {
  const errors: string[] = [];
  const names = schema.fields.map((f) => f.name);
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const where = `${table} row ${i + 1}`;
    const keys = Object.keys(row);
    if (keys.join(",") !== names.join(","))
      errors.push(`${where}: columns [${keys.join(", ")}] are not [${names.join(", ")}]`);
    for (const field of schema.fields) {
      const problem = checkValue(field, row[field.name] ?? null);
      if (problem) errors.push(`${where}: ${field.name} ${problem}`);
    }
    const key = keyOf(row, schema.primaryKey);
    if (seen.has(key)) errors.push(`${where}: primary key ${key} repeats`);
    seen.add(key);
  });
  return errors;
}

/** Every foreign key of every table resolves (a key with an empty cell refers to nothing). */
export function checkForeignKeys(
  tables: Readonly<Record<string, readonly Row[]>>,
  schemas: Readonly<Record<string, TableSchema>>,
): string[] {
  const errors: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    for (const fk of schema.foreignKeys ?? []) {
      const target = fk.reference.resource === "" ? name : fk.reference.resource;
      const targets = new Set((tables[target] ?? []).map((r) => keyOf(r, fk.reference.fields)));
      (tables[name] ?? []).forEach((row, i) => {
        if (fk.fields.some((f) => row[f] === null)) return;
        const key = keyOf(row, fk.fields);
        if (!targets.has(key))
          errors.push(
            `${name} row ${i + 1}: ${fk.fields.join("+")} ${key} has no row in ${target}`,
          );
      });
    }
  }
  return errors;
}
