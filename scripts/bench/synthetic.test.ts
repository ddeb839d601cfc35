import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readPlanFiles } from "../../src/lib/data-files.ts";
import { PlanFileSchema } from "../../src/schemas/plan.ts";
import { isValidLocalGovernmentCode } from "../../src/lib/tables/local-government-code.ts";
import { MunicipalitiesFileSchema } from "../../src/schemas/municipality.ts";
import { copyId, copyMunicipality, copyPlanFile, letters } from "./synthetic.ts";
import { readFileSync } from "node:fs";

describe("synthetic municipalities for the scale benchmark", () => {
  it("name copies with letters only, each k once", () => {
    expect([0, 1, 25, 26, 27].map(letters)).toEqual(["a", "b", "z", "ba", "bb"]);
    expect(copyId("nerima", 3)).toBe("nerimaxd");
  });
  it("give every copy a distinct code with a valid check digit (the tables refuse others)", () => {
    const { municipalities } = MunicipalitiesFileSchema.parse(
      JSON.parse(readFileSync(join(import.meta.dirname, "../../data/municipalities.json"), "utf8")),
    );
    const codes = municipalities.flatMap((m) =>
      Array.from({ length: 400 }, (_, k) => copyMunicipality(m, k + 1).code),
    );
    expect(codes.every(isValidLocalGovernmentCode)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it("copy a real plan into a valid plan of another municipality, with real text only", async () => {
    const [file] = await readPlanFiles(join(import.meta.dirname, "../../data"));
    if (!file) throw new Error("no plan files");
    const copy = PlanFileSchema.parse(copyPlanFile(file, 2));
    const muni = copyId(file.plan.municipality, 2);
    expect(copy.plan.municipality).toBe(muni);
    expect(
      copy.measures.every((x) => x.id.startsWith(`${muni}/`) && x.url.startsWith(`/${muni}/`)),
    ).toBe(true);
    expect(new Set(copy.measures.map((x) => x.id)).size).toBe(file.measures.length);
    const titles = new Set(file.measures.map((x) => x.title));
    expect(copy.measures.every((x) => titles.has(x.title))).toBe(true);
  });
});
