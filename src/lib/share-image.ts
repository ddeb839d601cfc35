/**
 * The share card (1200×630) of a measure or a plan as SVG: site name, municipality and plan,
 * the title, and a timeline of the plan's own grades (or the years covered). Pure; the build
 * renders it to PNG with resvg and a Noto Sans JP file from npm (scripts/build-share-images.ts).
 * Text is wrapped by an estimate of its width (full-width characters 1em, others about 0.6em);
 * a title that does not fit in its lines even at the smallest size ends with "…".
 */
import { formatFiscalYearShort } from "./fiscal-year.ts";
import { swatch } from "./charts/palette.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const FONT_FAMILY = "Noto Sans JP";

export interface TimelineCell {
  fiscalYear: number;
  /** Printed grade ("A＋", "A", "B"), several per year joined with "/", or null. */
  label: string | null;
  /** Palette key: A+, A, B, sections, none, missing. */
  key: string;
}

/** A plan's year: how many of its measures got each grade (a stacked bar). */
export interface DistributionCell {
  fiscalYear: number;
  segments: { key: string; count: number }[];
}

export interface ShareCard {
  /** "練馬区　練馬区自殺対策計画〔第１次〕" */
  kicker: string;
  /** "施策 12" or "計画" */
  code: string | null;
  title: string;
  timeline: TimelineCell[];
  /** Per-year grade counts, for a plan's card. */
  distribution?: DistributionCell[];
  /** Shown when there is no timeline, e.g. "令和6～8年度の計画と目標". */
  note: string | null;
}

export interface TextStyle {
  size: number;
  weight?: 400 | 700;
  anchor?: "start" | "middle" | "end";
  fill: string;
}

/** Draws one line of text at (x, baseline y). The build passes one that outputs glyph paths. */
export type TextRenderer = (text: string, x: number, y: number, style: TextStyle) => string;

/** SVG <text> (for tests and previews; needs the font where it is rendered). */
export const svgText: TextRenderer = (text, x, y, { size, weight = 400, anchor = "start", fill }) =>
  `<text x="${x}" y="${y}" font-size="${size}"${weight === 700 ? ' font-weight="700"' : ""}${anchor === "start" ? "" : ` text-anchor="${anchor}"`} fill="${fill}">${escapeXml(text)}</text>`;

const escapeXml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);

/** Width of text in em: full-width (CJK, kana, full-width forms) 1, others 0.6. */
export function textWidthEm(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    w += cp >= 0x2e80 || (cp >= 0x2000 && cp <= 0x206f) ? 1 : 0.6;
  }
  return w;
}

/** Greedy wrap by characters into lines no wider than maxEm (no limit on the number of lines). */
function wrapAll(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text.replace(/\s+/g, " ").trim()) {
    if (line && textWidthEm(line + ch) > maxEm) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** Wrap into at most maxLines lines; a text cut short ends with "…". */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const lines = wrapAll(text, maxEm);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = [...kept[maxLines - 1]!];
  while (last.length > 0 && textWidthEm(`${last.join("")}…`) > maxEm) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.join("")}…`;
  return kept;
}

/** The largest size at which the title fits its lines uncut, else the smallest size, cut. */
function fitTitle(
  text: string,
  width: number,
  maxLines: number,
): { size: number; lines: string[] } {
  const sizes = [64, 56, 48, 42];
  for (const size of sizes) {
    if (wrapAll(text, width / size).length <= maxLines) {
      return { size, lines: wrapAll(text, width / size) };
    }
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrapText(text, width / size, maxLines) };
}

function textLines(
  t: TextRenderer,
  lines: string[],
  x: number,
  y: number,
  lineHeight: number,
  style: TextStyle,
): string {
  return lines.map((l, i) => t(l, x, y + i * style.size * lineHeight, style)).join("");
}

function timelineSvg(
  t: TextRenderer,
  cells: TimelineCell[],
  x: number,
  y: number,
  width: number,
): string {
  const gap = 12;
  const n = cells.length;
  const w = Math.min(150, (width - gap * (n - 1)) / n);
  return cells
    .map((c, i) => {
      const s = swatch(c.key);
      const cx = x + i * (w + gap);
      const stroke = s.dashed ? ` stroke="#666" stroke-width="2" stroke-dasharray="8 6"` : "";
      const label = c.label ?? (c.key === "missing" ? "―" : "記載なし");
      const labelSize =
        textWidthEm(label) * 40 > w - 12
          ? Math.max(18, Math.floor((w - 12) / textWidthEm(label)))
          : 40;
      return (
        t(formatFiscalYearShort(c.fiscalYear), cx + w / 2, y, {
          size: 24,
          anchor: "middle",
          fill: "#333",
        }) +
        `<rect x="${cx}" y="${y + 14}" width="${w}" height="76" rx="10" fill="${s.fill}"${stroke}/>` +
        t(label, cx + w / 2, y + 14 + 38 + labelSize * 0.36, {
          size: labelSize,
          weight: 700,
          anchor: "middle",
          fill: s.ink,
        })
      );
    })
    .join("");
}

function distributionSvg(
  t: TextRenderer,
  cells: DistributionCell[],
  x: number,
  y: number,
  width: number,
): string {
  const gap = 12;
  const n = cells.length;
  const w = Math.min(150, (width - gap * (n - 1)) / n);
  return cells
    .map((c, i) => {
      const cx = x + i * (w + gap);
      const total = c.segments.reduce((sum, seg) => sum + seg.count, 0);
      let top = y + 14;
      const bars = c.segments
        .filter((seg) => seg.count > 0)
        .map((seg) => {
          const h = (76 * seg.count) / total;
          const s = swatch(seg.key);
          const rect = `<rect x="${cx}" y="${top}" width="${w}" height="${h}" fill="${s.fill}"/>`;
          top += h;
          return rect;
        })
        .join("");
      return (
        t(formatFiscalYearShort(c.fiscalYear), cx + w / 2, y, {
          size: 24,
          anchor: "middle",
          fill: "#333",
        }) +
        bars +
        `<rect x="${cx}" y="${y + 14}" width="${w}" height="76" fill="none" stroke="#333" stroke-width="1"/>`
      );
    })
    .join("");
}

export function shareCardSvg(card: ShareCard, t: TextRenderer = svgText): string {
  const pad = 72;
  const inner = CARD_WIDTH - pad * 2;
  const kicker = wrapText(card.kicker, inner / 30, 2);
  const titleTop = 120 + (kicker.length - 1) * 40 + (card.code ? 64 : 0);
  const distribution = card.distribution ?? [];
  const hasTimeline = card.timeline.length > 0 || distribution.length > 0;
  const title = fitTitle(card.title, inner, hasTimeline ? 3 : 4);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT_FAMILY}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="16" fill="#1f4e79"/>`,
    textLines(t, kicker, pad, 92, 1.35, { size: 30, fill: "#1f4e79" }),
    card.code ? t(card.code, pad, titleTop - 14, { size: 34, weight: 700, fill: "#555" }) : "",
    textLines(t, title.lines, pad, titleTop + title.size, 1.3, {
      size: title.size,
      weight: 700,
      fill: "#111",
    }),
    card.timeline.length > 0 ? timelineSvg(t, card.timeline, pad, 470, inner - 200) : "",
    distribution.length > 0 ? distributionSvg(t, distribution, pad, 470, inner - 200) : "",
    !hasTimeline && card.note ? t(card.note, pad, 540, { size: 30, fill: "#333" }) : "",
    t("施策（shisaku）", CARD_WIDTH - pad, CARD_HEIGHT - 40, {
      size: 28,
      weight: 700,
      anchor: "end",
      fill: "#1f4e79",
    }),
    `</svg>`,
  ];
  return parts.join("");
}
