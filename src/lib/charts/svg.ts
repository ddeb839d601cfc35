/**
 * A tiny SVG writer: geometry in, markup out. Numbers are rounded to one decimal so the output
 * is stable across platforms (and snapshot tests compare text, not floats).
 */
export type Attrs = Record<string, string | number | null | undefined>;

export function escapeXml(text: string): string {
  return text
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/"/gu, "&quot;");
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? round(v) : escapeXml(v as string)}"`)
    .join("");
}

/** One element; children are already-written markup (use text() for text). */
export function el(tag: string, a: Attrs, ...children: string[]): string {
  return children.length === 0
    ? `<${tag}${attrs(a)}/>`
    : `<${tag}${attrs(a)}>${children.join("")}</${tag}>`;
}

export function text(content: string): string {
  return escapeXml(content);
}

export interface SvgFrame {
  /** Unique on the page: title/desc ids derive from it. */
  id: string;
  title: string;
  desc: string;
  width: number;
  height: number;
}

/** The accessible wrapper every chart uses: role=img, <title>, <desc>, a scalable viewBox. */
export function svgFrame(frame: SvgFrame, body: string[]): string {
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      class: "chart-svg",
      role: "img",
      "aria-labelledby": `${frame.id}-title ${frame.id}-desc`,
      viewBox: `0 0 ${round(frame.width)} ${round(frame.height)}`,
      width: frame.width,
      height: frame.height,
    },
    el("title", { id: `${frame.id}-title` }, text(frame.title)),
    el("desc", { id: `${frame.id}-desc` }, text(frame.desc)),
    ...body,
  );
}
