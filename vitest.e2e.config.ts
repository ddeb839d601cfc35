import { defineConfig } from "vitest/config";

/** Checks over the built dist/ and browser tests: run after `npm run build`. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    // Generous guards against hangs, not assertions about speed: Chromium starts slowly on a busy
    // machine, and one axe-core pass over every page type took 90–125 s at load average ~20.
    // Suites that visit many pages give each page its own test and budget
    // (tests/e2e/browser-session.ts, PAGE_BUDGET_MS).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
