/**
 * Frictionless Table Schema of each tidy table, generated from its zod row schema (through
 * z.toJSONSchema, the same call that writes /data/schema.json) plus the keys in definitions.ts.
 * The data package, the data dictionary and the table validation all read these.
 */
import { z } from "zod";
import { TABLES, type TableName } from "./definitions.ts";

export type FieldType = "string" | "integer" | "number" | "boolean";

export interface FieldConstraints {
  required: boolean;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
}

export interface TableField {
  name: string;
  title: string;
  description: string;
  type: FieldType;
  constraints: FieldConstraints;
}

/** A foreign key as Table Schema writes it: a reference to the same table names resource "". */
export interface SchemaForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey: string[];
  /** Absent when the table refers to no other (the profile wants at least one key if present). */
  foreignKeys?: SchemaForeignKey[];
}

interface JsonNode {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonNode[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  title?: string;
  description?: string;
  properties?: Record<string, JsonNode>;
}

const FIELD_TYPES: ReadonlySet<string> = new Set(["string", "integer", "number", "boolean"]);

/**
 * Frictionless patterns match the whole value: the anchors of a JS regex are dropped, and the
 * `\/` that RegExp.source writes for a slash becomes a plain `/` (the same in every flavour).
 */
const unanchor = (pattern: string): string =>
  pattern.replace(/^\^/, "").replace(/\$$/, "").replaceAll("\\/", "/");

function buildField(name: string, node: JsonNode): TableField {
  const branches = node.anyOf ?? [node];
  const nullable = branches.some((b) => b.type === "null");
  const base = branches.find((b) => b.type !== "null");
  const type = base?.enum ? "string" : base?.type;
  if (!base || !type || !FIELD_TYPES.has(type)) {
    throw new Error(`table schema: column "${name}" has no tabular type (${JSON.stringify(node)})`);
  }
  if (!node.title || !node.description) {
    throw new Error(`table schema: column "${name}" has no Japanese title/description meta`);
  }
  const constraints: FieldConstraints = { required: !nullable };
  if (base.enum) constraints.enum = base.enum.map(String);
  if (base.pattern) constraints.pattern = unanchor(base.pattern);
  if (base.minLength !== undefined) constraints.minLength = base.minLength;
  // zod's int() adds the safe-integer range, which says nothing about the data.
  if (base.minimum !== undefined && base.minimum > Number.MIN_SAFE_INTEGER)
    constraints.minimum = base.minimum;
  if (base.maximum !== undefined && base.maximum < Number.MAX_SAFE_INTEGER)
    constraints.maximum = base.maximum;
  return {
    name,
    title: node.title,
    description: node.description,
    type: type as FieldType,
    constraints,
  };
}

export function buildTableSchema(name: TableName): TableSchema {
  const table = TABLES[name];
  const json = z.toJSONSchema(table.schema, { io: "output" }) as JsonNode;
  const foreignKeys = table.foreignKeys.map((fk) => ({
    fields: fk.fields,
    reference: {
      resource: fk.reference.resource === name ? "" : fk.reference.resource,
      fields: fk.reference.fields,
    },
  }));
  return {
    fields: Object.entries(json.properties ?? {}).map(([key, node]) => buildField(key, node)),
    missingValues: [""],
    primaryKey: table.primaryKey,
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
