import { describe, expect, it } from "vitest";
import { planShards, shardsFor, toManifest } from "./shards.ts";

const unit = (id: string, pages: number) => ({ id, name: `${id}市`, pages });

describe("planShards", () => {
  it("packs whole municipalities in order up to the page budget", () => {
    const shards = planShards([unit("a", 40), unit("b", 50), unit("c", 20), unit("d", 70)], 100);
    expect(shards.map((s) => [s.id, s.municipalities, s.pages])).toEqual([
      ["s0", ["a", "b"], 90],
      ["s1", ["c", "d"], 90],
    ]);
  });
  it("gives a municipality bigger than the budget a shard of its own and skips empty ones", () => {
    const shards = planShards(
      [unit("a", 10), unit("big", 500), unit("none", 0), unit("b", 5)],
      100,
    );
    expect(shards.map((s) => s.municipalities)).toEqual([["a"], ["big"], ["b"]]);
  });
  it("puts every page in exactly one shard", () => {
    const units = Array.from({ length: 50 }, (_, i) => unit(`m${i}`, (i * 37) % 300));
    const shards = planShards(units, 700);
    expect(shards.reduce((n, s) => n + s.pages, 0)).toBe(units.reduce((n, u) => n + u.pages, 0));
    expect(shards.every((s) => s.pages <= 700 || s.municipalities.length === 1)).toBe(true);
  });
});

describe("shardsFor", () => {
  const manifest = toManifest(planShards([unit("a", 60), unit("b", 60), unit("c", 60)], 100));
  it("loads only the shards of the chosen municipalities", () => {
    expect(manifest.shards.map((s) => s.base)).toEqual([
      "/pagefind/s0/",
      "/pagefind/s1/",
      "/pagefind/s2/",
    ]);
    expect(shardsFor(manifest, ["b市"])).toEqual([1]);
    expect(shardsFor(manifest, ["c市", "a市"])).toEqual([0, 2]);
  });
  it("loads every shard without a choice, or for a name it does not know", () => {
    expect(shardsFor(manifest, [])).toEqual([0, 1, 2]);
    expect(shardsFor(manifest, ["b市", "どこか"])).toEqual([0, 1, 2]);
  });
});
