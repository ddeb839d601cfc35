import type { APIRoute } from "astro";
import { z } from "zod";
import { DatasetSchema } from "../../schemas/dataset.ts";

/** JSON Schema generated from the zod schema: the contract researchers validate against. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(DatasetSchema, { io: "output" }), null, 2), {
    headers: { "Content-Type": "application/schema+json" },
  });
