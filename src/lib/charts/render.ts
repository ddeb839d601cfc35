/** Geometry → SVG markup for each chart kind. Stateless; the .astro chart components call these. */
import type { BudgetGeometry } from "./budget-bars.ts";
import { INDICATOR_FONT, type IndicatorGeometry } from "./indicator-steps.ts";
import { STACKED_FONT, type StackedGeometry } from "./stacked.ts";
import { el, svgFrame, text, type SvgFrame } from "./svg.ts";
import type { TimelineGeometry } from "./timeline.ts";

type Frame = Omit<SvgFrame, "width" | "height">;

const FONT = { "font-size": 13, "font-family": "inherit" };

function box(x: number, y: number, w: number, h: number, fill: string, dashed?: boolean): string {
  return el("rect", {
    x,
    y,
    width: w,
    height: h,
    rx: 3,
    fill,
    stroke: dashed ? "#777777" : "#ffffff",
    "stroke-dasharray": dashed ? "3 2" : null,
  });
}

export function renderTimeline(g: TimelineGeometry, frame: Frame): string {
  return svgFrame({ ...frame, width: g.width, height: g.height }, [
    ...g.cells.map((c) =>
      el(
        "g",
        {},
        el(
          "text",
          {
            ...FONT,
            x: c.x + c.width / 2,
            y: g.headerY[0],
            "text-anchor": "middle",
            fill: "#1b1b1b",
          },
          text(c.header[0]),
        ),
        el(
          "text",
          {
            ...FONT,
            "font-size": 11,
            x: c.x + c.width / 2,
            y: g.headerY[1],
            "text-anchor": "middle",
            fill: "#555555",
          },
          text(c.header[1]),
        ),
        box(c.x, c.y, c.width, c.height, c.swatch.fill, c.swatch.dashed),
        el(
          "text",
          {
            ...FONT,
            "font-weight": "bold",
            x: c.x + c.width / 2,
            y: c.y + c.height / 2 + 5,
            "text-anchor": "middle",
            fill: c.swatch.ink,
          },
          text(c.text),
        ),
      ),
    ),
  ]);
}

export function renderStacked(g: StackedGeometry, frame: Frame): string {
  return svgFrame({ ...frame, width: g.width, height: g.height }, [
    ...g.rows.map((r) =>
      el(
        "g",
        {},
        el("text", { ...FONT, x: 0, y: r.y + r.barHeight / 2 + 5, fill: "#1b1b1b" }, text(r.label)),
        ...r.segments.map((s) =>
          el(
            "g",
            {},
            box(s.x, r.y, s.width, r.barHeight, s.swatch.fill, s.swatch.dashed),
            s.inside
              ? el(
                  "text",
                  {
                    ...FONT,
                    x: s.x + s.width / 2,
                    y: r.y + r.barHeight / 2 + 5,
                    "text-anchor": "middle",
                    fill: s.swatch.ink,
                  },
                  text(`${s.label} ${s.count}`),
                )
              : "",
          ),
        ),
        el(
          "text",
          { ...FONT, "font-size": STACKED_FONT.summary, fill: "#444444" },
          ...r.summary.map((line, k) =>
            el("tspan", { x: g.labelWidth, y: r.summaryY + k * 15 }, text(line)),
          ),
        ),
      ),
    ),
  ]);
}

export function renderIndicatorSteps(g: IndicatorGeometry, frame: Frame): string {
  return svgFrame({ ...frame, width: g.width, height: g.height }, [
    ...g.columns.map((c) =>
      el(
        "text",
        {
          ...FONT,
          "font-size": INDICATOR_FONT.header,
          x: c.x + c.width / 2,
          y: 15,
          "text-anchor": "middle",
          fill: "#444444",
        },
        text(c.label),
      ),
    ),
    ...g.rows.map((r) =>
      el(
        "g",
        {},
        el(
          "text",
          { ...FONT, "font-size": INDICATOR_FONT.header, x: 0, y: r.y + 15, fill: "#1b1b1b" },
          text(r.label),
        ),
        el("path", { d: r.path, fill: "none", stroke: "#777777", "stroke-width": 1.5 }),
        ...r.cells.map((c) => {
          // Lines centred vertically in the cell; the baseline sits ~0.35 em below a line's middle.
          const first = c.y + c.height / 2 - ((c.lines.length - 1) * INDICATOR_FONT.line) / 2;
          return el(
            "g",
            {},
            box(
              c.x,
              c.y,
              c.width,
              c.height,
              c.swatch.fill,
              c.swatch.dashed || c.swatch.fill === "#ffffff",
            ),
            el(
              "text",
              {
                ...FONT,
                "font-size": INDICATOR_FONT.cell,
                "text-anchor": "middle",
                fill: c.swatch.ink,
              },
              ...c.lines.map((l, k) =>
                el(
                  "tspan",
                  { x: c.x + c.width / 2, y: first + k * INDICATOR_FONT.line + 4 },
                  text(l),
                ),
              ),
            ),
          );
        }),
      ),
    ),
  ]);
}

export function renderBudgetBars(g: BudgetGeometry, frame: Frame): string {
  return svgFrame({ ...frame, width: g.width, height: g.height }, [
    el("line", { x1: 0, x2: g.width, y1: g.baseline, y2: g.baseline, stroke: "#555555" }),
    ...g.bars.map((b) =>
      el(
        "g",
        {},
        el("rect", { x: b.x, y: b.y, width: b.width, height: b.height, fill: "#0072B2" }),
        el(
          "text",
          { ...FONT, x: b.x + b.width / 2, y: b.y - 5, "text-anchor": "middle", fill: "#1b1b1b" },
          text(String(b.value)),
        ),
        el(
          "text",
          {
            ...FONT,
            "font-size": 11,
            x: b.x + b.width / 2,
            y: g.baseline + 15,
            "text-anchor": "middle",
            fill: "#444444",
          },
          text(b.label),
        ),
      ),
    ),
  ]);
}
