import { describe, expect, it } from "vitest";
import { measureStub } from "../../tests/fixtures/records.ts";
import { findRelated } from "./related.ts";

const m = measureStub;

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
});
