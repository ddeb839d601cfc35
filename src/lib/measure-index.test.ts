import { describe, expect, it } from "vitest";
import { measureStub } from "../../tests/fixtures/records.ts";
import { buildMeasureIndex, measureIndex } from "./measure-index.ts";

const m = measureStub;

describe("measure index", () => {
  const all = [
    m("nerima/p/1"),
    m("nerima/p/2", { repostOf: "nerima/p/1" }),
    m("nerima/q/1", { category: null }),
    m("koganei/p/1"),
  ];
  const index = buildMeasureIndex(all);
  it("groups by plan, keeping the order given", () => {
    expect(index.byPlan.get("nerima/p")?.map((x) => x.id)).toEqual(["nerima/p/1", "nerima/p/2"]);
  });
  it("knows who reposts a measure", () => {
    expect(index.repostedBy.get("nerima/p/1")?.map((x) => x.id)).toEqual(["nerima/p/2"]);
  });
  it("is built once per measures array", () => {
    expect(measureIndex(all)).toBe(measureIndex(all));
    expect(measureIndex([...all])).not.toBe(measureIndex(all));
  });
});
