/**
 * A plan's hierarchy (基本施策 → sub-heading → measures) rebuilt from the measures' paths, in
 * the order the measures come (printed-code order).
 */
import type { Measure, PathStep } from "../schemas/measure.ts";

export interface PlanNode {
  step: PathStep;
  /** Stable in-page anchor, e.g. "s-基本施策1-②". */
  anchor: string;
  children: PlanNode[];
  measures: Measure[];
}

const stepKey = (s: PathStep): string => `${s.kind}${s.number ?? ""}${s.title}`;

/** ASCII names of the printed level words, so anchors are valid ids and readable in URLs. */
const KIND_SLUGS: Readonly<Record<string, string>> = {
  基本施策: "kihon",
  重点施策: "juten",
  施策の柱: "hashira",
  戦略計画: "senryaku",
};

/** `②` → `2`, `（１）` → `1`: NFKC for the key only (display keeps the printed number). */
const numberSlug = (n: string | null): string =>
  (n ?? "").normalize("NFKC").replace(/[^A-Za-z0-9]/gu, "");

/**
 * In-page anchor of the first `depth` steps of a path, shared by the plan page and breadcrumbs:
 * `s-kihon2-h2` for 基本施策2 › ②.
 */
export function pathAnchor(path: readonly PathStep[], depth: number): string {
  return `s-${path
    .slice(0, depth)
    .map((s) => `${KIND_SLUGS[s.kind] ?? "h"}${numberSlug(s.number)}`)
    .join("-")}`;
}

export function buildPlanTree(measures: readonly Measure[]): PlanNode[] {
  const root: PlanNode = {
    step: { kind: "", number: null, title: "" },
    anchor: "",
    children: [],
    measures: [],
  };
  for (const measure of measures) {
    let node = root;
    for (const [depth, step] of measure.path.entries()) {
      let child = node.children.find((c) => stepKey(c.step) === stepKey(step));
      if (!child) {
        child = { step, anchor: pathAnchor(measure.path, depth + 1), children: [], measures: [] };
        node.children.push(child);
      }
      node = child;
    }
    node.measures.push(measure);
  }
  // Measures without a path sit at the top under an unnamed node.
  if (root.measures.length > 0) {
    root.children.unshift({
      ...root,
      step: { kind: "", number: null, title: "その他" },
      anchor: "s-other",
      children: [],
    });
  }
  return root.children;
}

/** Number of measures under a node, at any depth. */
export function countMeasures(node: PlanNode): number {
  return node.measures.length + node.children.reduce((n, c) => n + countMeasures(c), 0);
}
