// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";

import { inShardSitemap, sitemapFilenameBase } from "./src/lib/build-shard.ts";
import { siteUrl } from "./src/lib/site-url.ts";

// The origin of canonical URLs, share cards, citations and the sitemap (src/lib/site-url.ts).
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: "always",
  // In a sharded build (scripts/build-site.ts) each shard writes its own sitemap files and the
  // merge writes the one sitemap-index.xml (src/lib/build-shard.ts, src/lib/shard-merge.ts).
  integrations: [
    mdx(),
    sitemap({ filenameBase: sitemapFilenameBase(), filter: (page) => inShardSitemap(page) }),
  ],
  // Stylesheets go to files, never inline: the Content-Security-Policy in public/_headers allows
  // styles and scripts from the site itself only.
  build: { concurrency: 1, format: "directory", inlineStylesheets: "never" },
});
