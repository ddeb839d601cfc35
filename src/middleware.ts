/**
 * Runs on every page as it is built: keeps municipality names on one line (src/lib/keep-names.ts).
 * Only HTML pages are touched; data files (JSON, CSV) pass through unchanged.
 */
import { defineMiddleware } from "astro:middleware";
import registry from "../data/municipalities.json" with { type: "json" };
import { keepNamesTogether } from "./lib/keep-names.ts";

const NAMES = registry.municipalities.map((m) => m.name);

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.includes("text/html")) return response;
  return new Response(keepNamesTogether(await response.text(), NAMES), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
