// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

export default defineConfig({
  site: "https://shisaku.example.jp",
  trailingSlash: "always",
  integrations: [mdx()],
  build: { concurrency: 1, format: "directory" },
});
