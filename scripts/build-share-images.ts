/**
 * npm run build:share — the share cards (1200×630 PNG) of every measure and plan, and the
 * site's own, written to dist/og/ after build:site. The SVG comes from src/lib/share-image.ts
 * and is rendered by scripts/lib/share-render.ts. A PNG is cached under node_modules/.cache by
 * the hash of its SVG, so a rebuild renders only changed cards; the cards to render are split
 * over one worker thread per core (scripts/share-image-worker.ts), as resvg renders on the
 * thread that calls it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { DatasetSchema } from "../src/schemas/dataset.ts";
import { formatCode, formatFiscalYearRange } from "../src/lib/format.ts";
import { printedGrade, readGradeCell } from "../src/lib/grades.ts";
import { measureIndex, planKey } from "../src/lib/measure-index.ts";
import type { ShareCard, TimelineCell } from "../src/lib/share-image.ts";
import { planSharePngUrl, sharePngUrl, SITE_SHARE_PNG } from "../src/lib/share-image-paths.ts";
import { cardCacheKey } from "./lib/share-render.ts";
import type { CardJob } from "./share-image-worker.ts";

const SITE = "dist";
const CACHE = "node_modules/.cache/shisaku-share";
/** Fewer cards than this per thread are not worth a thread's start and its font parsing. */
const CARDS_PER_THREAD = 20;

/** Render the jobs on worker threads; resolves with the number rendered. */
async function renderOnThreads(jobs: CardJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const threads = Math.max(
    1,
    Math.min(availableParallelism(), Math.ceil(jobs.length / CARDS_PER_THREAD)),
  );
  // Every n-th card to the same thread: neighbouring cards cost about the same.
  const shares = Array.from({ length: threads }, (_, t) =>
    jobs.filter((_, i) => i % threads === t),
  );
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL("./share-image-worker.ts", import.meta.url), {
            workerData: { jobs: share },
          });
          worker.once("message", (n: number) => resolve(n));
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`a share-image thread stopped (exit ${code})`));
          });
        }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataset = DatasetSchema.parse(
    JSON.parse(readFileSync(join(SITE, "data/measures.json"), "utf8")),
  );
  const names = new Map(dataset.municipalities.map((m) => [m.id, m.name]));
  const municipalityName = (id: string): string => names.get(id) ?? id;
  const { byPlan } = measureIndex(dataset.measures);
  const plans = new Map(
    dataset.plans.map((p) => [planKey({ municipality: p.municipality, plan: p.id }), p]),
  );

  const cards: [string, ShareCard][] = [];
  const addCard = (sitePath: string, card: ShareCard): void => {
    cards.push([sitePath, card]);
  };

  for (const plan of dataset.plans) {
    const measures = byPlan.get(planKey({ municipality: plan.municipality, plan: plan.id })) ?? [];
    const hasGrades = plan.grades.length > 0;
    addCard(planSharePngUrl(plan.municipality, plan.id), {
      kicker: municipalityName(plan.municipality),
      code: `${measures.length}の施策・事業`,
      title: plan.title,
      timeline: [],
      distribution: hasGrades
        ? plan.fiscalYears.map((fy) => {
            const counts = new Map<string, number>();
            for (const m of measures) {
              const cell = readGradeCell(m.years.find((y) => y.fiscalYear === fy));
              const key = cell.kind === "grade" ? cell.grade : cell.kind;
              counts.set(key, (counts.get(key) ?? 0) + 1);
            }
            return {
              fiscalYear: fy,
              segments: ["A+", "A", "B", "sections", "none", "missing"].map((key) => ({
                key,
                count: counts.get(key) ?? 0,
              })),
            };
          })
        : [],
      note: hasGrades ? null : (plan.asOf ?? formatFiscalYearRange(plan.fiscalYears)),
    });
  }

  for (const m of dataset.measures) {
    const plan = plans.get(planKey(m));
    if (!plan) throw new Error(`measure ${m.id}: no plan ${m.municipality}/${m.plan}`);
    const hasGrades = plan.grades.length > 0;
    const timeline: TimelineCell[] = hasGrades
      ? plan.fiscalYears.map((fy) => {
          const cell = readGradeCell(m.years.find((y) => y.fiscalYear === fy));
          if (cell.kind === "grade") {
            return {
              fiscalYear: fy,
              label: printedGrade(plan.grades, cell.grade),
              key: cell.grade,
            };
          }
          if (cell.kind === "sections") {
            return {
              fiscalYear: fy,
              label: cell.grades.map((g) => printedGrade(plan.grades, g.grade)).join("/"),
              key: "sections",
            };
          }
          return { fiscalYear: fy, label: null, key: cell.kind };
        })
      : [];
    addCard(sharePngUrl(m.id), {
      kicker: `${municipalityName(m.municipality)}　${plan.title}`,
      code: `施策 ${formatCode(m.code, m.subLetter)}`,
      title: m.title,
      timeline,
      note: hasGrades ? null : (plan.asOf ?? formatFiscalYearRange(plan.fiscalYears)),
    });
  }

  addCard(SITE_SHARE_PNG, {
    kicker: dataset.municipalities.map((m) => m.name).join("・"),
    code: null,
    title: "自治体の計画の進捗を、施策ごとに読む・比べる・引用する",
    timeline: [],
    note: `${dataset.measures.length}の施策・事業、原資料の行まで`,
  });

  // Cached cards are copied here; the others are rendered on worker threads.
  const jobs: CardJob[] = [];
  for (const [sitePath, card] of cards) {
    const cacheFile = join(CACHE, `${cardCacheKey(card)}.png`);
    const out = join(SITE, sitePath);
    if (existsSync(cacheFile)) {
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(cacheFile, out);
    } else jobs.push({ card, cacheFile, out });
  }
  const rendered = await renderOnThreads(jobs);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `build:share: ${cards.length} share images in ${SITE}/og (${rendered} rendered, ` +
      `${cards.length - jobs.length} from cache) in ${seconds} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`build:share: ${(error as Error).message}`);
  process.exitCode = 1;
});
