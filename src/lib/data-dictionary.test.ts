import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schemas from "../schemas/index.ts";
import { buildDataDictionary, parseSchemaDocs } from "./data-dictionary.ts";
import { FIELD_NOTES } from "./data-dictionary-notes.ts";

const SCHEMA_DIR = join(import.meta.dirname, "../schemas");

function schemaDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const file of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".ts"))) {
    for (const [k, v] of parseSchemaDocs(readFileSync(join(SCHEMA_DIR, file), "utf8")))
      docs.set(k, v);
  }
  return docs;
}

describe("parseSchemaDocs", () => {
  const text = [
    "/** The thing. */",
    "export const ThingSchema = z.object({",
    "  /**",
    "   * Two lines",
    "   * of doc.",
    "   */",
    "  name: z.string(),",
    "  bare: z.string(),",
    "  /** Single. */",
    "  code: z.string(),",
    "});",
    "export const OtherSchema = z.object({ name: z.string() });",
  ].join("\n");
  it("reads schema-level and field-level JSDoc, joined into one line", () => {
    expect([...parseSchemaDocs(text)]).toEqual([
      ["ThingSchema", "The thing."],
      ["ThingSchema.name", "Two lines of doc."],
      ["ThingSchema.code", "Single."],
    ]);
  });
});

describe("buildDataDictionary", () => {
  const Inner = z.object({ /* no doc */ when: z.number().int().min(1989).max(2100) });
  const Outer = z.object({
    id: z.string().regex(/^[a-z]+$/),
    kind: z.enum(["a", "b"]),
    note: z.string().min(1).nullable(),
    flag: z.boolean().default(false),
    items: z.array(Inner),
    lines: z.tuple([z.number().int(), z.number().int()]),
  });
  const docs = new Map([
    ["Outer", "The outer object."],
    ["Outer.id", "Identifier."],
  ]);
  const groups = buildDataDictionary(Outer, { Outer, Inner }, docs, { "items[].when": "Year." });

  it("makes one group per object, nested ones after their parent", () => {
    expect(groups.map((g) => [g.path, g.description])).toEqual([
      ["", "The outer object."],
      ["items[]", null],
    ]);
  });
  it("takes types and constraints from the JSON Schema", () => {
    expect(groups[0]?.fields.map((f) => [f.name, f.type, f.constraint])).toEqual([
      ["id", "string", "pattern ^[a-z]+$"],
      ["kind", '"a" | "b"', null],
      ["note", "string | null", "non-empty"],
      ["flag", "boolean", "default false"],
      ["items", "object[]", null],
      ["lines", "[integer, integer]", null],
    ]);
    expect(groups[1]?.fields[0]).toMatchObject({
      path: "items[].when",
      type: "integer",
      constraint: "1989–2100",
      description: "Year.",
    });
  });
  it("prefers the field's JSDoc, then the supplement", () => {
    expect(groups[0]?.fields[0]?.description).toBe("Identifier.");
    expect(groups[0]?.fields[1]?.description).toBeNull();
  });
});

describe("the dictionary of the published contract", () => {
  const docs = schemaDocs();
  const groups = buildDataDictionary(schemas.DatasetSchema, schemas, docs, FIELD_NOTES);
  const fields = groups.flatMap((g) => g.fields);
  const bare = buildDataDictionary(schemas.DatasetSchema, schemas, docs).flatMap((g) => g.fields);

  it("lists every field of /data/schema.json", () => {
    const json = z.toJSONSchema(schemas.DatasetSchema, { io: "output" }) as {
      properties: Record<string, unknown>;
    };
    expect(groups[0]?.fields.map((f) => f.name)).toEqual(Object.keys(json.properties));
    expect(fields.map((f) => f.path)).toContain("measures[].years[].grade");
    expect(fields.map((f) => f.path)).toContain("measures[].source.lines");
  });
  it("describes every field", () => {
    expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
  });
  it("supplements only fields that exist and that the schema leaves undescribed", () => {
    const undescribed = new Set(bare.filter((f) => !f.description).map((f) => f.path));
    expect(Object.keys(FIELD_NOTES).filter((k) => !undescribed.has(k))).toEqual([]);
  });
  it("uses the schema's own words where it has them", () => {
    const grade = fields.find((f) => f.path === "measures[].years[].grade");
    expect(grade?.description).toMatch(/self-assessment/);
    expect(grade?.type).toBe('("A+" | "A" | "B") | null');
  });
});
