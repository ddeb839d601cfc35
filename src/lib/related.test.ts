import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import { findRelated, MAX_MUNICIPALITIES } from "./related.ts";

const m = (id: string, o: Partial<Measure> = {}): Measure => {
  const [municipality, plan] = id.split("/");
  return {
    id,
    municipality,
    plan,
    path: [{ kind: "基本施策", number: "1", title: "x" }],
    category: "network",
    repostOf: null,
    ...o,
  } as Measure;
};

describe("findRelated", () => {
  const a = m("nerima/p/1");
  const b = m("nerima/p/2");
  const c = m("nerima/p/3", { repostOf: "nerima/p/1" });
  const d = m("nerima/p/4", { path: [{ kind: "基本施策", number: "2", title: "y" }] });
  const k1 = m("koganei/q/1");
  const k2 = m("koganei/q/2");
  const x = m("akiruno/r/1", { category: "women" });
  const all = [a, b, c, d, k1, k2, x];

  it("finds reposts both ways", () => {
    expect(findRelated(a, all).reposts).toEqual([c]);
    expect(findRelated(c, all).reposts).toEqual([a]);
  });
  it("lists the same sub-heading without the measure or its reposts", () => {
    expect(findRelated(a, all).sameHeading).toEqual([b]);
  });
  it("groups the same category by other municipality, capped, with totals", () => {
    expect(findRelated(a, all, 1).sameCategory).toEqual([
      { municipality: "koganei", measures: [k1], total: 2 },
    ]);
  });
  it("has no category matches for a measure without category", () => {
    expect(findRelated(m("nerima/s/1", { category: null }), all).sameCategory).toEqual([]);
  });
});

describe("findRelated at scale", () => {
  it("names at most MAX_MUNICIPALITIES other municipalities and counts the rest", () => {
    const own = m("nerima/p/1");
    const others = Array.from({ length: MAX_MUNICIPALITIES + 4 }, (_, i) =>
      m(`city${String.fromCharCode(97 + i)}/p/1`),
    );
    const related = findRelated(own, [own, ...others]);
    expect(related.sameCategory.map((g) => g.municipality)).toEqual(
      others.slice(0, MAX_MUNICIPALITIES).map((o) => o.municipality),
    );
    expect(related.moreMunicipalities).toBe(4);
  });
});
