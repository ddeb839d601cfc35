import type { Page } from "playwright-core";

/**
 * Layout problems a reader would see on one open page, one line each (empty when none):
 * - the page itself scrolls sideways;
 * - a table or chart wider than its column outside a scroll container;
 * - a chart label outside its chart's viewBox, or wider than the box it is printed in;
 * - text cut off: an element that hides overflow (or ellipsizes) with content wider than itself;
 * - a scroll container whose "scrolls sideways" hint does not match whether it overflows;
 * - a place name (練馬区, 小金井市, あきる野市) broken over two lines.
 * Runs in the page (Chromium), so it measures the fonts the reader's browser uses.
 */
export async function layoutProblems(page: Page, names: readonly string[]): Promise<string[]> {
  // Fonts loaded, and two frames drawn so scroll-driven styles (the hint) are up to date.
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  });
  return page.evaluate((names) => {
    const problems: string[] = [];
    const TOLERANCE = 1;
    const describe = (el: Element): string => {
      const id = el.id ? `#${el.id}` : "";
      const cls = el.getAttribute("class");
      const name = `${el.tagName.toLowerCase()}${id}${cls ? `.${cls.trim().split(/\s+/u).join(".")}` : ""}`;
      const text = (el.textContent ?? "").replace(/\s+/gu, " ").trim().slice(0, 30);
      return text ? `${name} 「${text}」` : name;
    };
    const scrolls = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return ["auto", "scroll"].includes(style.overflowX);
    };

    // 1. No page-level horizontal overflow.
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + TOLERANCE) {
      const wide = [...document.body.querySelectorAll("*")].find((el) => {
        const r = el.getBoundingClientRect();
        if (r.right <= root.clientWidth + TOLERANCE) return false;
        for (let a = el.parentElement; a; a = a.parentElement) if (scrolls(a)) return false;
        return true;
      });
      problems.push(
        `page scrolls sideways: ${root.scrollWidth} px in a ${root.clientWidth} px window${wide ? ` (widest: ${describe(wide)})` : ""}`,
      );
    }

    // 2. A table or chart wider than the column it sits in must be in a scroll container.
    for (const el of document.querySelectorAll("main table, main svg.chart-svg")) {
      let container: Element | null = null;
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (scrolls(a)) {
          container = a;
          break;
        }
      }
      if (container) continue;
      const parent = el.parentElement as HTMLElement;
      const width = el.getBoundingClientRect().width;
      if (width > parent.clientWidth + TOLERANCE) {
        problems.push(
          `${describe(el).slice(0, 40)} is ${Math.round(width)} px wide in a ${parent.clientWidth} px column with no scroll container`,
        );
      }
    }

    // 3. Chart labels inside the viewBox, and no wider than the box they are printed in.
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
      const view = svg.viewBox.baseVal;
      const chart = svg.id || svg.getAttribute("aria-labelledby") || "chart";
      for (const label of svg.querySelectorAll<SVGTextElement>("text")) {
        const box = label.getBBox();
        const what = `chart ${chart}: label 「${label.textContent}」`;
        if (
          box.x < view.x - TOLERANCE ||
          box.y < view.y - TOLERANCE ||
          box.x + box.width > view.x + view.width + TOLERANCE ||
          box.y + box.height > view.y + view.height + TOLERANCE
        ) {
          problems.push(
            `${what} at x ${Math.round(box.x)}–${Math.round(box.x + box.width)} is outside the viewBox 0–${Math.round(view.width)}`,
          );
        }
        // The cell a label is printed in: a rect of the same group whose box holds the label's centre.
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        const group = label.parentElement;
        const cell = group
          ? [...group.children].find((c): c is SVGRectElement => {
              if (!(c instanceof SVGRectElement)) return false;
              const r = c.getBBox();
              return cx >= r.x && cx <= r.x + r.width && cy >= r.y && cy <= r.y + r.height;
            })
          : undefined;
        if (cell) {
          const r = cell.getBBox();
          if (box.x < r.x - TOLERANCE || box.x + box.width > r.x + r.width + TOLERANCE) {
            problems.push(
              `${what} is ${Math.round(box.width)} px wide in a ${Math.round(r.width)} px box`,
            );
          }
        }
      }
    }

    // 4. No text cut off by an element that hides its overflow.
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      if (el instanceof SVGElement || el.closest("svg")) continue;
      const style = getComputedStyle(el);
      const hides =
        ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
      if (!hides || style.display === "none") continue;
      // The visually-hidden pattern (1 px box) is meant for screen readers only.
      if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
      if (el.scrollWidth > el.clientWidth + TOLERANCE) {
        problems.push(
          `${describe(el)} cuts its text off: ${el.scrollWidth} px of content in ${el.clientWidth} px`,
        );
      }
    }
    // 5. The hint 「横にスクロールできます」 shows exactly when a scroll container overflows.
    for (const box of document.querySelectorAll<HTMLElement>(".table-scroll")) {
      const hint = box.querySelector<HTMLElement>(".table-scroll__hint");
      const overflows = box.scrollWidth > box.clientWidth + TOLERANCE;
      const shown =
        hint !== null &&
        hint.getBoundingClientRect().height > 0 &&
        getComputedStyle(hint).visibility === "visible";
      if (overflows !== shown) {
        problems.push(
          `${describe(box).slice(0, 50)}: ${overflows ? "scrolls sideways with no hint" : "shows the scroll hint but does not scroll"}`,
        );
      }
    }
    // 6. Place names sit on one line: every box of the name's text range has the same top.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || parent.closest("svg, script, style, [hidden]")) continue;
      for (const name of names) {
        for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + name.length);
          const tops = new Set(
            [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
          );
          if (tops.size > 1)
            problems.push(
              `${describe(parent).slice(0, 50)}: 「${name}」 breaks over ${tops.size} lines`,
            );
        }
      }
    }
    return problems;
  }, names);
}
