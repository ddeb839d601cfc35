import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import { allScores, buildCounterparts } from "./counterparts.ts";
import { yearRecord } from "../../tests/fixtures/records.ts";

const m = (id: string, title: string, result = ""): Measure =>
  ({
    id,
    municipality: id.split("/")[0],
    title,
    description: null,
    years: result ? [yearRecord(2020, { result })] : [],
  }) as unknown as Measure;

// Unrelated measures, so that idf means something in a small corpus.
const fillerA = [
  "公園整備",
  "道路補修",
  "図書購入",
  "防災訓練",
  "水道料金",
  "選挙事務",
  "税務調査",
];
const fillerB = [
  "河川清掃",
  "駐輪場管理",
  "給食献立",
  "街路灯点検",
  "墓地運営",
  "議会中継",
  "議事録作成",
];
const corpus = [
  m("a/p/1", "ゲートキーパー養成講座", "市民向けに講座を開いた"),
  m("a/p/2", "民生委員による相談支援", "見守り訪問を行った"),
  m("b/q/1", "市民向けゲートキーパー養成研修", "研修会を開いた"),
  m("b/q/2", "民生委員児童委員事務", "見守りを行った"),
  m("b/q/3", "ゲートキーパー研修の周知"),
  m("c/r/1", "ゲートキーパー養成講座"),
  ...fillerA.map((t, i) => m(`a/p/f${i}`, t)),
  ...fillerB.map((t, i) => m(`b/q/f${i}`, t)),
];

describe("buildCounterparts", () => {
  // In a corpus this small, a word in a tenth of the measures is not yet a stop-gram.
  const small = { maxDocShare: 0.5 };
  const map = buildCounterparts(corpus, { ...small, threshold: 0.05 });

  it("ranks the measure doing the same work first, in each other municipality", () => {
    const groups = map.get("a/p/1") ?? [];
    expect(groups.map((g) => g.municipality).sort()).toEqual(["b", "c"]);
    expect(groups.find((g) => g.municipality === "b")?.matches[0]?.id).toBe("b/q/1");
    expect(groups.find((g) => g.municipality === "c")?.matches[0]?.id).toBe("c/r/1");
    expect(map.get("a/p/2")?.find((g) => g.municipality === "b")?.matches[0]?.id).toBe("b/q/2");
  });

  it("never matches a measure with one of its own municipality", () => {
    for (const [id, groups] of map) {
      for (const g of groups) expect(g.municipality).not.toBe(id.split("/")[0]);
    }
  });

  it("orders matches by score, each with a score and readable shared terms", () => {
    const matches = map.get("a/p/1")?.find((g) => g.municipality === "b")?.matches ?? [];
    const scores = matches.map((x) => x.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(matches[0]?.terms).toContain("ゲートキーパー養成");
  });

  it("keeps at most perMunicipality matches and none below the threshold", () => {
    const capped = buildCounterparts(corpus, { ...small, threshold: 0, perMunicipality: 1 });
    for (const groups of capped.values()) for (const g of groups) expect(g.matches.length).toBe(1);
    const strict = buildCounterparts(corpus, { ...small, threshold: 0.99 });
    expect([...strict.values()].flat()).toEqual([]);
  });

  it("names at most maxMunicipalities other municipalities, those with the best match", () => {
    const all = buildCounterparts(corpus, { ...small, threshold: 0.05 }).get("a/p/1") ?? [];
    const best = [...all].sort((x, y) => (y.matches[0]?.score ?? 0) - (x.matches[0]?.score ?? 0))[0]
      ?.municipality;
    const one = buildCounterparts(corpus, { ...small, threshold: 0.05, maxMunicipalities: 1 });
    expect(one.get("a/p/1")?.map((g) => g.municipality)).toEqual([best]);
  });

  it("gives a measure that shares nothing no counterparts", () => {
    expect(map.get("a/p/f0")).toEqual([]);
  });

  it("ignores stop-grams: a word in most measures matches nothing", () => {
    const common = [
      m("a/p/1", "共通語"),
      m("b/q/1", "共通語"),
      m("b/q/2", "共通語"),
      m("c/r/1", "別件"),
    ];
    expect(buildCounterparts(common, { ...small, threshold: 0 }).get("a/p/1")).toEqual([]);
  });

  it("is symmetric in its scores", () => {
    const scores = allScores(corpus, small);
    expect(scores.get("a/p/1")?.get("b/q/1")).toBeCloseTo(scores.get("b/q/1")?.get("a/p/1") ?? -1);
  });
});
