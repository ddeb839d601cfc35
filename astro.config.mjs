// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

import { siteUrl } from "./src/lib/site-url.ts";

// The origin of canonical URLs, share cards, citations and the sitemap (src/lib/site-url.ts).
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  // Stylesheets go to files, never inline: the Content-Security-Policy in public/_headers allows
  // styles and scripts from the site itself only.
  build: { concurrency: 1, format: "directory", inlineStylesheets: "never" },
});
