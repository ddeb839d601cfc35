/**
 * npm run build:share — the share cards (1200×630 PNG) of every measure and plan, and the
 * site's own, written to dist/og/ after astro build. The SVG comes from src/lib/share-image.ts;
 * its text is drawn as glyph outlines from Noto Sans JP (the TTF files of the npm package
 * @expo-google-fonts/noto-sans-jp, parsed once with opentype.js), and resvg renders the SVG to
 * PNG. Drawing outlines here, rather than handing resvg the 5 MB fonts for each card, keeps a
 * card to a few tens of milliseconds; nothing is fetched at build or view time. A PNG is cached
 * under node_modules/.cache by the hash of its SVG, so a rebuild renders only changed cards.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import opentype from "opentype.js";
import { DatasetSchema } from "../src/schemas/dataset.ts";
import { formatCode, formatFiscalYearRange } from "../src/lib/format.ts";
import { printedGrade, readGradeCell } from "../src/lib/grades.ts";
import {
  shareCardSvg,
  type ShareCard,
  type TextRenderer,
  type TimelineCell,
} from "../src/lib/share-image.ts";
import { planSharePngUrl, sharePngUrl, SITE_SHARE_PNG } from "../src/lib/share-image-paths.ts";

const SITE = "dist";
const CACHE = "node_modules/.cache/shisaku-share";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/noto-sans-jp/package.json"));
const fontFiles = [
  join(fontDir, "400Regular/NotoSansJP_400Regular.ttf"),
  join(fontDir, "700Bold/NotoSansJP_700Bold.ttf"),
];
const fontBuffers = fontFiles.map((f) => readFileSync(f));
let fonts: opentype.Font[] | null = null;

/** Text as filled glyph outlines (no font needed by the renderer); fonts parsed on first use. */
const outlineText: TextRenderer = (text, x, y, { size, weight = 400, anchor = "start", fill }) => {
  fonts ??= fontBuffers.map((b) =>
    opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)),
  );
  const font = weight === 700 ? fonts[1]! : fonts[0]!;
  const width = font.getAdvanceWidth(text, size);
  const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
  return `<path fill="${fill}" d="${font.getPath(text, left, y, size).toPathData(1)}"/>`;
};

// The cache key covers the card's layout (the SVG with plain <text>, cheap to make), the fonts,
// this script and resvg's version: a change to any of them renders the cards again.
const cacheSalt = createHash("sha256")
  .update(fontBuffers.map((b) => b.length).join(","))
  .update(readFileSync(new URL(import.meta.url)))
  .update(String(require("@resvg/resvg-js/package.json").version))
  .digest("hex");

let rendered = 0;
let cached = 0;

function writeCard(sitePath: string, card: ShareCard): void {
  const key = createHash("sha256").update(cacheSalt).update(shareCardSvg(card)).digest("hex");
  const cacheFile = join(CACHE, `${key}.png`);
  let png: Buffer;
  if (existsSync(cacheFile)) {
    png = readFileSync(cacheFile);
    cached++;
  } else {
    png = new Resvg(shareCardSvg(card, outlineText), { font: { loadSystemFonts: false } })
      .render()
      .asPng();
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(cacheFile, png);
    rendered++;
  }
  const out = join(SITE, sitePath);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, png);
}

function main(): void {
  const started = Date.now();
  const dataset = DatasetSchema.parse(
    JSON.parse(readFileSync(join(SITE, "data/measures.json"), "utf8")),
  );
  const municipalityName = (id: string): string =>
    dataset.municipalities.find((m) => m.id === id)?.name ?? id;

  for (const plan of dataset.plans) {
    const measures = dataset.measures.filter(
      (m) => m.municipality === plan.municipality && m.plan === plan.id,
    );
    const hasGrades = plan.grades.length > 0;
    writeCard(planSharePngUrl(plan.municipality, plan.id), {
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
    const plan = dataset.plans.find((p) => p.municipality === m.municipality && p.id === m.plan);
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
    writeCard(sharePngUrl(m.id), {
      kicker: `${municipalityName(m.municipality)}　${plan.title}`,
      code: `施策 ${formatCode(m.code, m.subLetter)}`,
      title: m.title,
      timeline,
      note: hasGrades ? null : (plan.asOf ?? formatFiscalYearRange(plan.fiscalYears)),
    });
  }

  writeCard(SITE_SHARE_PNG, {
    kicker: dataset.municipalities.map((m) => m.name).join("・"),
    code: null,
    title: "自治体の計画の進捗を、施策ごとに読む・比べる・引用する",
    timeline: [],
    note: `${dataset.measures.length}の施策・事業、原資料の行まで`,
  });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `build:share: ${rendered + cached} share images in ${SITE}/og (${rendered} rendered, ${cached} from cache) in ${seconds} s`,
  );
}

try {
  main();
} catch (error) {
  console.error(`build:share: ${(error as Error).message}`);
  process.exitCode = 1;
}
