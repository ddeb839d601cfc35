/**
 * The data dictionary on /data/, generated at build time so it cannot drift from the contract:
 * field names, types and constraints come from the published JSON Schema (z.toJSONSchema of the
 * zod schema, the same call as /data/schema.json); descriptions come from the schema's JSDoc and
 * .describe() texts. Walks the zod schema beside its JSON Schema only to know which named schema
 * (MeasureSchema, YearRecordSchema …) a field belongs to, so its JSDoc can be found.
 */
import { z } from "zod";

export interface DictionaryField {
  /** Full path, arrays as [] — "measures[].years[].grade". */
  path: string;
  name: string;
  /** TypeScript-like: "string | null", `"actual" | "planned"`, "[integer, integer]". */
  type: string;
  required: boolean;
  /** Pattern, range, default … in words, or null. */
  constraint: string | null;
  description: string | null;
}

export interface DictionaryGroup {
  /** "" for the top level, else the path of the object ("measures[]"). */
  path: string;
  description: string | null;
  fields: DictionaryField[];
}

type JsonNode = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonNode[];
  items?: JsonNode;
  prefixItems?: JsonNode[];
  properties?: Record<string, JsonNode>;
  additionalProperties?: JsonNode | boolean;
  required?: string[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  description?: string;
};

/** JSDoc per schema (`MeasureSchema`) and per field (`MeasureSchema.code`), from TS source text. */
export function parseSchemaDocs(sourceText: string): Map<string, string> {
  const docs = new Map<string, string>();
  const lines = sourceText.split("\n");
  let current: string | null = null;
  let pending: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim().startsWith("/**")) {
      const block: string[] = [line];
      while (!(lines[i] ?? "").includes("*/") && i < lines.length - 1) block.push(lines[++i] ?? "");
      pending = block
        .join("\n")
        .replace(/^\s*\/\*\*|\*\/\s*$/gu, "")
        .split("\n")
        .map((l) => l.replace(/^\s*\*?\s?/u, "").trim())
        .filter(Boolean)
        .join(" ");
      continue;
    }
    const named = /^export const (\w+)\s*=/u.exec(line);
    const field = /^\s+(\w+)\s*:/u.exec(line);
    if (named?.[1]) {
      current = named[1];
      if (pending) docs.set(current, pending);
    } else if (field?.[1] && pending && current) {
      docs.set(`${current}.${field[1]}`, pending);
    }
    if (line.trim() !== "") pending = null;
  }
  return docs;
}

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (s: z.ZodType): ZodDef => (s as unknown as { _zod: { def: ZodDef } })._zod.def;

/** Strip optional / nullable / default wrappers, keeping the named instance if there is one. */
function unwrapZod(s: z.ZodType, names: Map<unknown, string>): z.ZodType {
  let node = s;
  while (!names.has(node)) {
    const def = defOf(node);
    if (!["optional", "nullable", "default", "prefault", "readonly"].includes(def.type)) break;
    if (!def.innerType) break;
    node = def.innerType;
  }
  return node;
}

function unwrapZodFully(s: z.ZodType): z.ZodType {
  let node = s;
  for (let def = defOf(node); def.innerType; def = defOf(node)) node = def.innerType;
  return node;
}

function nonNull(node: JsonNode): { node: JsonNode; nullable: boolean } {
  const branches = node.anyOf?.filter((b) => b.type !== "null");
  if (node.anyOf && branches?.length === 1 && branches[0]) {
    return {
      node: { ...branches[0], default: node.default ?? branches[0].default },
      nullable: true,
    };
  }
  return { node, nullable: false };
}

function typeOf(node: JsonNode): string {
  const { node: n, nullable } = nonNull(node);
  let t: string;
  if (n.enum) t = n.enum.map((v) => JSON.stringify(v)).join(" | ");
  else if (n.prefixItems) t = `[${n.prefixItems.map(typeOf).join(", ")}]`;
  else if (n.type === "array") t = `${n.items ? typeOf(n.items) : "unknown"}[]`;
  else if (n.type === "object" && !n.properties && typeof n.additionalProperties === "object")
    t = `{ [key: string]: ${typeOf(n.additionalProperties)} }`;
  else t = n.type ?? "unknown";
  if (nullable && t.includes(" ")) t = `(${t})`;
  return nullable ? `${t} | null` : t;
}

function constraintOf(node: JsonNode): string | null {
  let { node: n } = nonNull(node);
  while (n.type === "array" && n.items) n = nonNull(n.items).node;
  const parts: string[] = [];
  if (n.pattern) parts.push(`pattern ${n.pattern}`);
  if (n.minimum !== undefined && n.maximum !== undefined) parts.push(`${n.minimum}–${n.maximum}`);
  else if (n.minimum !== undefined) parts.push(`≥ ${n.minimum}`);
  if (n.type === "string" && n.minLength === 1 && !n.pattern && !n.enum) parts.push("non-empty");
  if (node.minItems !== undefined && !node.prefixItems)
    parts.push(`at least ${node.minItems} items`);
  const d = nonNull(node).node.default;
  if (d !== undefined) parts.push(`default ${JSON.stringify(d)}`);
  return parts.length > 0 ? parts.join("; ") : null;
}

/** The object node under arrays/nullables, with the zod node beside it, or null. */
function objectBelow(
  json: JsonNode,
  zod: z.ZodType,
  path: string,
): { json: JsonNode; zod: z.ZodType; path: string } | null {
  let j = nonNull(json).node;
  let s = unwrapZodFully(zod);
  let p = path;
  while (j.type === "array" && j.items) {
    j = nonNull(j.items).node;
    s = unwrapZodFully(defOf(s).element as z.ZodType);
    p = `${p}[]`;
  }
  return j.type === "object" && j.properties ? { json: j, zod: s, path: p } : null;
}

/**
 * One group per object in the contract (top level, municipalities[], measures[].years[] …),
 * in document order. `supplement` gives descriptions for fields whose schema has no comment,
 * keyed by full path.
 */
export function buildDataDictionary(
  schema: z.ZodType,
  named: Readonly<Record<string, unknown>>,
  docs: ReadonlyMap<string, string>,
  supplement: Readonly<Record<string, string>> = {},
): DictionaryGroup[] {
  const names = new Map<unknown, string>(Object.entries(named).map(([k, v]) => [v, k]));
  const groups: DictionaryGroup[] = [];
  const visit = (json: JsonNode, zod: z.ZodType, path: string, nameDoc: string | null): void => {
    const name = names.get(zod);
    const group: DictionaryGroup = {
      path,
      description: nameDoc ?? (name ? (docs.get(name) ?? null) : null),
      fields: [],
    };
    groups.push(group);
    const shape = defOf(zod).shape ?? {};
    const nested: (() => void)[] = [];
    for (const [key, child] of Object.entries(json.properties ?? {})) {
      const fieldPath = path ? `${path}.${key}` : key;
      const zodChild = shape[key] as z.ZodType;
      const childName = names.get(unwrapZod(zodChild, names));
      const description =
        (name ? docs.get(`${name}.${key}`) : undefined) ??
        nonNull(child).node.description ??
        (nonNull(child).node.items
          ? nonNull(nonNull(child).node.items!).node.description
          : undefined) ??
        (childName ? docs.get(childName) : undefined) ??
        supplement[fieldPath] ??
        null;
      group.fields.push({
        path: fieldPath,
        name: key,
        type: typeOf(child),
        required: json.required?.includes(key) ?? false,
        constraint: constraintOf(child),
        description,
      });
      const below = objectBelow(child, zodChild, fieldPath);
      if (below) nested.push(() => visit(below.json, below.zod, below.path, null));
    }
    for (const next of nested) next();
  };
  const root = z.toJSONSchema(schema, { io: "output" }) as JsonNode;
  visit(root, schema, "", null);
  return groups;
}
