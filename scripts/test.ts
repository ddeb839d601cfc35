/**
 * npm test — the whole suite, in order: format, types, unit tests, data check, build,
 * checks over dist/, browser tests. Ends with `tests: N passed, N failed` from vitest's own
 * counts (plus one failure per non-vitest step that failed) and exits non-zero on any failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { chromiumPath } from "../tests/e2e/chromium.ts";

const OUT = "tests/output";
mkdirSync(OUT, { recursive: true });
let passed = 0;
let failed = 0;
const failedSteps: string[] = [];

function run(step: string, command: string, args: string[]): boolean {
  console.log(`\n── ${step}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const ok = result.status === 0;
  console.log(
    `── ${step}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  if (!ok) failedSteps.push(step);
  return ok;
}

/** A step that is not a vitest run counts as one failure when it fails. */
function runStep(step: string, command: string, args: string[]): boolean {
  const ok = run(step, command, args);
  if (!ok) failed += 1;
  return ok;
}

/** A vitest run contributes its own counts (from its JSON report). */
function runVitest(step: string, args: string[]): boolean {
  const report = `${OUT}/${step}.json`;
  const ok = run(step, "node_modules/.bin/vitest", [
    "run",
    ...args,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (!ok && json.numFailedTests === 0) failed += 1; // a suite that failed to load
  } else if (!ok) failed += 1;
  return ok;
}

/** Whether a font that covers Japanese is installed (layout is measured as readers see it). */
function hasJapaneseFont(): boolean {
  const result = spawnSync("fc-list", [":lang=ja"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim().length > 0;
}

/**
 * Browser tests need Debian's Chromium and a Japanese font (fonts-noto-cjk): without one, glyphs
 * fall back to boxes of another width and the layout test measures a page no reader sees.
 * Install them where we may, else say what to install.
 */
function ensureChromium(): boolean {
  const missing = [
    ...(existsSync(chromiumPath()) ? [] : ["chromium"]),
    ...(hasJapaneseFont() ? [] : ["fonts-noto-cjk"]),
  ];
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  const ownChromium = missing.includes("chromium") && process.env["CHROMIUM_PATH"];
  if (isRoot && existsSync("/etc/debian_version") && !ownChromium) {
    console.log(`Missing for the browser tests: installing Debian's ${missing.join(" ")}`);
    return (
      runStep("install browser", "apt-get", ["update", "-qq"]) &&
      runStep("install browser", "apt-get", ["install", "-y", "-qq", ...missing])
    );
  }
  console.error(
    `Browser tests need ${missing.join(" and ")}: apt-get install -y ${missing.join(" ")}` +
      (missing.includes("chromium") ? ` (or set CHROMIUM_PATH; looked at ${chromiumPath()})` : ""),
  );
  failed += 1;
  failedSteps.push("browser");
  return false;
}

const bin = (name: string): string => `node_modules/.bin/${name}`;
runStep("format", bin("prettier"), ["--check", "."]);
runStep("types", bin("astro"), ["check", "--minimumSeverity", "warning"]);
runVitest("unit", []);
const dataOk = runStep("data", process.execPath, ["scripts/check-data.ts"]);
const buildOk =
  dataOk &&
  // Two shards even for the small real site, so the checks over dist/ read a merged build.
  runStep("build", process.execPath, ["scripts/build-site.ts", "--shards", "2"]) &&
  runStep("share images", process.execPath, ["scripts/build-share-images.ts"]) &&
  runStep("search index", process.execPath, ["scripts/build-search.ts"]);
if (buildOk && ensureChromium()) runVitest("e2e", ["--config", "vitest.e2e.config.ts"]);
else if (!buildOk) failedSteps.push("e2e (skipped: no build)");

console.log(
  `\n${failedSteps.length === 0 ? "all steps passed" : `failed: ${failedSteps.join(", ")}`}`,
);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
