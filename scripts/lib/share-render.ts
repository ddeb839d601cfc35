/**
 * Rendering one share card to PNG, for scripts/build-share-images.ts and its workers
 * (scripts/share-image-worker.ts). The card's text is drawn as glyph outlines from Noto Sans JP
 * (the TTF files of the npm package @expo-google-fonts/noto-sans-jp, parsed once per thread with
 * opentype.js), and resvg renders the SVG. Drawing outlines here, rather than handing resvg the
 * 5 MB fonts for each card, keeps a card to a few tens of milliseconds; nothing is fetched.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import opentype from "opentype.js";
import { shareCardSvg, type ShareCard, type TextRenderer } from "../../src/lib/share-image.ts";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/noto-sans-jp/package.json"));
const fontBuffers = [
  join(fontDir, "400Regular/NotoSansJP_400Regular.ttf"),
  join(fontDir, "700Bold/NotoSansJP_700Bold.ttf"),
].map((f) => readFileSync(f));
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
// this module and resvg's version: a change to any of them renders the cards again.
const cacheSalt = createHash("sha256")
  .update(fontBuffers.map((b) => b.length).join(","))
  .update(readFileSync(new URL(import.meta.url)))
  .update(String(require("@resvg/resvg-js/package.json").version))
  .digest("hex");

/** The key a card's PNG is cached under. */
export function cardCacheKey(card: ShareCard): string {
  return createHash("sha256").update(cacheSalt).update(shareCardSvg(card)).digest("hex");
}

export function renderCardPng(card: ShareCard): Buffer {
  return new Resvg(shareCardSvg(card, outlineText), { font: { loadSystemFonts: false } })
    .render()
    .asPng();
}
