/**
 * The tables' input read straight from data/ (for tests and scripts; the site reads the same
 * files through src/lib/content.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { CategoriesFileSchema } from "../../schemas/category.ts";
import { MunicipalitySchema } from "../../schemas/municipality.ts";
import { compareCodes } from "../codes.ts";
import { readPlanFiles } from "../data-files.ts";
import type { TableInput } from "./build.ts";

export async function readTableInput(dataDir: string): Promise<TableInput> {
  const json = async (name: string): Promise<unknown> =>
    JSON.parse(await readFile(join(dataDir, name), "utf8"));
  const files = await readPlanFiles(dataDir);
  const { municipalities } = z
    .object({ municipalities: z.array(MunicipalitySchema) })
    .parse(await json("municipalities.json"));
  return {
    municipalities,
    plans: files.map(({ plan: { id, ...plan } }) => ({ ...plan, slug: id })),
    categories: CategoriesFileSchema.parse(await json("categories.json")).categories,
    measures: files
      .flatMap((f) => f.measures)
      .sort(
        (a, b) =>
          a.municipality.localeCompare(b.municipality) ||
          a.plan.localeCompare(b.plan) ||
          compareCodes(a.code, b.code),
      ),
  };
}
