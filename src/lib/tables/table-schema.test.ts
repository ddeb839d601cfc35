import { describe, expect, it } from "vitest";
import { listColumns, TABLE_NAMES, TABLES, type TableName } from "./definitions.ts";
import { buildTableSchema } from "./table-schema.ts";

describe("buildTableSchema", () => {
  it("lists every column of every table in order, each with a Japanese title and description", () => {
    for (const name of TABLE_NAMES) {
      const schema = buildTableSchema(name);
      expect(schema.fields.map((f) => f.name)).toEqual(listColumns(name));
      for (const f of schema.fields) {
        expect(f.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
        expect(f.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
      }
    }
  });

  it("writes a reference to the same table as an empty resource name, as Table Schema asks", () => {
    expect(buildTableSchema("measures").foreignKeys?.[1]?.reference).toEqual({
      resource: "",
      fields: ["measure_id"],
    });
    expect(buildTableSchema("plans").foreignKeys).toBeUndefined();
  });

  it("types columns and marks nullable ones as not required", () => {
    const fields = new Map(buildTableSchema("year_records").fields.map((f) => [f.name, f]));
    expect(fields.get("fiscal_year")).toMatchObject({
      type: "integer",
      constraints: { required: true, minimum: 1989, maximum: 2100 },
    });
    expect(fields.get("grade")).toMatchObject({
      type: "string",
      constraints: { required: false, enum: ["A+", "A", "B"] },
    });
    expect(fields.get("result_unknown")?.type).toBe("boolean");
    expect(fields.get("municipality_code")?.constraints.pattern).toBe("\\d{6}");
    // Without the anchors and the escaped slashes RegExp.source writes.
    expect(fields.get("measure_id")?.constraints.pattern).toBe("[a-z]+/[a-z0-9-]+/[A-Za-z0-9-]+");
  });

  it("carries the keys declared for the table, naming only its own columns", () => {
    for (const name of TABLE_NAMES) {
      const schema = buildTableSchema(name);
      const columns = listColumns(name);
      expect(schema.primaryKey).toEqual(TABLES[name].primaryKey);
      const foreignKeys = schema.foreignKeys ?? [];
      for (const key of [...schema.primaryKey, ...foreignKeys.flatMap((k) => k.fields)])
        expect(columns).toContain(key);
      for (const fk of foreignKeys) {
        const target = fk.reference.resource === "" ? name : (fk.reference.resource as TableName);
        for (const f of fk.reference.fields) expect(listColumns(target)).toContain(f);
      }
    }
  });
});
