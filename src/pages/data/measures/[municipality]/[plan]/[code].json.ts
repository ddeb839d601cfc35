import type { APIRoute, GetStaticPaths } from "astro";
import { getMeasures } from "../../../../../lib/content.ts";
import { MeasureSchema, type Measure } from "../../../../../schemas/measure.ts";

/** One measure in the contract's Measure shape: /data/measures/{municipality}/{plan}/{code}.json */
export const getStaticPaths = (async () =>
  (await getMeasures()).map((measure) => ({
    params: { municipality: measure.municipality, plan: measure.plan, code: measure.code },
    props: { measure },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(MeasureSchema.parse((props as { measure: Measure }).measure), null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
