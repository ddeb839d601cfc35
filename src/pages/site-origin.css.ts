// The site's origin as a CSS custom property, so printed links can show full URLs
// (src/styles/global.css, @media print) without an inline style the CSP would block.
import type { APIRoute } from "astro";

export const GET: APIRoute = ({ site }) =>
  new Response(`:root{--site-origin:${JSON.stringify(site ? site.origin : "")}}\n`, {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
