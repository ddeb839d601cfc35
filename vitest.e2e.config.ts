import { defineConfig } from "vitest/config";

/** Checks over the built dist/ and browser tests: run after `npm run build`. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    // Generous: on a shared 2-core machine (load average ~20) one axe-core pass over every page
    // type took 90–125 s; a limit is a guard against hangs, not an assertion about speed.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
