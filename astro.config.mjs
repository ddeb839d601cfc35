// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

// Canonical URLs, share cards, citations and the sitemap use this origin. A deployment sets
// SITE_URL to its https origin; a local build uses the preview server's origin,
// so no published file names a host the site is not served from.
const site = process.env.SITE_URL || "http://localhost:4321";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  // Stylesheets go to files, never inline: the Content-Security-Policy in public/_headers allows
  // styles and scripts from the site itself only.
  build: { concurrency: 1, format: "directory", inlineStylesheets: "never" },
});
