import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import { buildPlanTree, countMeasures } from "./plan-tree.ts";

const m = (code: string, path: [string, string][]): Measure =>
  ({
    code,
    path: path.map(([kind, number]) => ({ kind, number, title: `${kind}${number}` })),
  }) as Measure;

describe("buildPlanTree", () => {
  const measures = [
    m("1", [
      ["基本施策", "1"],
      ["見出し", "①"],
    ]),
    m("2", [
      ["基本施策", "1"],
      ["見出し", "①"],
    ]),
    m("3", [
      ["基本施策", "1"],
      ["見出し", "②"],
    ]),
    m("4", [["重点施策", "1"]]),
    m("5", []),
  ];
  const tree = buildPlanTree(measures);
  it("nests by path, keeping first-seen order", () => {
    expect(tree.map((n) => n.step.title)).toEqual(["その他", "基本施策1", "重点施策1"]);
    expect(tree[1]?.children.map((n) => n.measures.map((x) => x.code))).toEqual([
      ["1", "2"],
      ["3"],
    ]);
    expect(tree[2]?.measures.map((x) => x.code)).toEqual(["4"]);
  });
  it("gives anchors from kinds and numbers", () => {
    expect(tree[1]?.children[1]?.anchor).toBe("s-kihon1-h2");
  });
  it("counts measures at any depth", () => {
    expect(tree.map(countMeasures)).toEqual([1, 3, 1]);
  });
});
