import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Run axe-core on an open page; one line per violation (rule id and up to three targets). */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages are
  // served with the site's Content-Security-Policy, which blocks inline scripts.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<unknown> } }).axe;
    return axe.run({ resultTypes: ["violations"] });
  })) as { violations: { id: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) =>
      `${label}: ${v.id} ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}
