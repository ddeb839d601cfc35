import { defineConfig } from "vitest/config";

/** Checks over the built dist/ and browser tests: run after `npm run build`. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
