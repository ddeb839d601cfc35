import { defineConfig } from "vitest/config";

/** Checks over the built dist/ and browser tests: run after `npm run build`. */
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    fileParallelism: false,
    // Generous: Chromium starts slowly on a busy machine. Suites that visit many pages give each
    // page its own test and budget (tests/e2e/browser-session.ts, PAGE_BUDGET_MS).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
