// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// Absolute permalinks and citations use this origin; set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? "https://shisaku.example.jp";

export default defineConfig({
  site,
  trailingSlash: "always",
  integrations: [mdx()],
  build: { concurrency: 1, format: "directory" },
});
