/**
 * The site's origin. Canonical URLs, share cards, citations and the sitemap use it; a deployment
 * sets SITE_URL to its https origin, a local build uses the preview server's origin, so no
 * published file names a host the site is not served from. Read by astro.config.mjs and by the
 * build scripts that write files outside Astro (scripts/build-measure-files.ts).
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  return env["SITE_URL"] || "http://localhost:4321";
}
