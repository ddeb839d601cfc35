import { describe, expect, it } from "vitest";
import {
  assignShards,
  buildsSiteWide,
  inShardSitemap,
  ownsMunicipality,
  parseShard,
  shardPaths,
  siteWidePlaceholder,
  sitemapFilenameBase,
  WHOLE_SITE,
} from "./build-shard.ts";

const municipalities = [
  { id: "nerima", measures: 184 },
  { id: "koganei", measures: 56 },
  { id: "akiruno", measures: 70 },
  { id: "fuchu", measures: 120 },
];

describe("parseShard", () => {
  it("reads the whole site when the variable is unset", () => {
    expect(parseShard(undefined)).toEqual(WHOLE_SITE);
    expect(parseShard("")).toEqual(WHOLE_SITE);
  });

  it("reads a shard and refuses a malformed one, saying what is wrong", () => {
    const shard = { index: 1, count: 2, municipalities: ["nerima"] };
    expect(parseShard(JSON.stringify(shard))).toEqual(shard);
    expect(() => parseShard("1/2")).toThrow(/SHISAKU_SHARD: not JSON/u);
    expect(() => parseShard('{"index":2,"count":2,"municipalities":null}')).toThrow(
      /index 2 is not below count 2/u,
    );
    expect(() => parseShard('{"index":0,"count":1}')).toThrow(/SHISAKU_SHARD: municipalities/u);
  });
});

describe("assignShards", () => {
  it("gives every municipality to exactly one shard, keeping the site's order", () => {
    const shards = assignShards(municipalities, 3);
    const all = shards.flatMap((s) => s.municipalities ?? []);
    expect([...all].sort()).toEqual(municipalities.map((m) => m.id).sort());
    for (const s of shards) {
      const order = (s.municipalities ?? []).map((id) =>
        municipalities.findIndex((m) => m.id === id),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(s.count).toBe(3);
    }
  });

  it("balances work, counting the site-wide pages as work of shard 0", () => {
    // 300 equal municipalities on two shards: shard 0 takes fewer, as it also renders the
    // site-wide pages; the two loads end within one municipality of each other.
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `m${i}`, measures: 100 }));
    const [zero, one] = assignShards(many, 2);
    const load0 = (zero!.municipalities!.length + 300 * 0.25) * 100;
    const load1 = one!.municipalities!.length * 100;
    expect(zero!.municipalities!.length).toBeLessThan(one!.municipalities!.length);
    expect(Math.abs(load0 - load1)).toBeLessThanOrEqual(100);
  });

  it("is the same for the same input, so every process agrees", () => {
    expect(assignShards(municipalities, 2)).toEqual(assignShards(municipalities, 2));
  });

  it("puts everything in one shard when asked for one, and refuses zero", () => {
    expect(assignShards(municipalities, 1)[0]!.municipalities).toEqual(
      municipalities.map((m) => m.id),
    );
    expect(() => assignShards(municipalities, 0)).toThrow(/count 0/u);
  });
});

describe("what a shard renders", () => {
  const zero = { index: 0, count: 2, municipalities: ["nerima"] };
  const one = { index: 1, count: 2, municipalities: ["koganei", "akiruno"] };

  it("keeps a per-municipality route's paths of its own municipalities only", () => {
    const paths = municipalities.map((m) => ({ municipality: m.id }));
    expect(shardPaths(paths, (p) => p.municipality, one)).toEqual([
      { municipality: "koganei" },
      { municipality: "akiruno" },
    ]);
    expect(shardPaths(paths, (p) => p.municipality, WHOLE_SITE)).toEqual(paths);
    expect(ownsMunicipality("nerima", zero)).toBe(true);
    expect(ownsMunicipality("nerima", one)).toBe(false);
  });

  it("leaves site-wide pages to shard 0: the others answer costly ones with an empty body", async () => {
    expect(buildsSiteWide(zero)).toBe(true);
    expect(buildsSiteWide(one)).toBe(false);
    expect(siteWidePlaceholder(zero)).toBeNull();
    expect(await siteWidePlaceholder(one)!.text()).toBe("");
  });

  it("lists in a shard's sitemap its own municipalities' pages, or everything in shard 0", () => {
    expect(inShardSitemap("https://example.org/koganei/suicide-prevention/", one)).toBe(true);
    expect(inShardSitemap("https://example.org/nerima/", one)).toBe(false);
    expect(inShardSitemap("https://example.org/about/", one)).toBe(false);
    expect(inShardSitemap("https://example.org/about/", zero)).toBe(true);
    expect(sitemapFilenameBase(one)).toBe("sitemap-1");
    expect(sitemapFilenameBase(WHOLE_SITE)).toBe("sitemap");
  });
});
