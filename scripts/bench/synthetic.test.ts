import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readPlanFiles } from "../../src/lib/data-files.ts";
import { PlanFileSchema } from "../../src/schemas/plan.ts";
import { copyId, copyPlanFile, letters } from "./synthetic.ts";

describe("synthetic municipalities for the scale benchmark", () => {
  it("name copies with letters only, each k once", () => {
    expect([0, 1, 25, 26, 27].map(letters)).toEqual(["a", "b", "z", "ba", "bb"]);
    expect(copyId("nerima", 3)).toBe("nerimaxd");
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
