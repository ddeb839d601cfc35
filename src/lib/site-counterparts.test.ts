import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import type { CounterpartMap } from "./counterparts.ts";
import { getSiteData } from "./content.ts";
import { comparableMeasures, getCounterparts, viewCounterparts } from "./site-counterparts.ts";

const measure = (id: string, title: string, subLetter: string | null = null): Measure =>
  ({
    id,
    url: `/${id}/`,
    municipality: id.split("/")[0],
    plan: id.split("/")[1],
    code: id.split("/")[2],
    subLetter,
    title,
  }) as unknown as Measure;

describe("comparableMeasures", () => {
  it("keeps the measures of suicide-prevention plans only", () => {
    const site = {
      plans: [
        { municipality: "nerima", slug: "sp", kind: "suicide-prevention" },
        { municipality: "nerima", slug: "st", kind: "strategic" },
      ],
      measures: [measure("nerima/sp/1", "a"), measure("nerima/st/1-1", "b")],
    } as never;
    expect(comparableMeasures(site).map((m) => m.id)).toEqual(["nerima/sp/1"]);
  });
});

describe("viewCounterparts", () => {
  const byId = new Map(
    [
      measure("koganei/k/2-2-2", "市民向けゲートキーパー養成研修"),
      measure("nerima/n/12", "ゲートキーパー養成講座", "ア"),
    ].map((m) => [m.id, m]),
  );
  const map: CounterpartMap = new Map([
    [
      "akiruno/a/2-3-1",
      [
        {
          municipality: "koganei",
          matches: [{ id: "koganei/k/2-2-2", score: 0.23, terms: ["ゲートキーパー養成"] }],
        },
        {
          municipality: "nerima",
          matches: [{ id: "nerima/n/12", score: 0.31, terms: ["養成講座"] }],
        },
      ],
    ],
  ]);
  const names = { nerima: "練馬区", koganei: "小金井市", akiruno: "あきる野市" };

  it("names each match by code, title and url, groups in municipality order", () => {
    expect(viewCounterparts("akiruno/a/2-3-1", map, byId, names)).toEqual([
      {
        municipality: "nerima",
        municipalityName: "練馬区",
        matches: [
          {
            url: "/nerima/n/12/",
            code: "12ア",
            title: "ゲートキーパー養成講座",
            score: 0.31,
            terms: ["養成講座"],
          },
        ],
      },
      {
        municipality: "koganei",
        municipalityName: "小金井市",
        matches: [
          {
            url: "/koganei/k/2-2-2/",
            code: "2-2-2",
            title: "市民向けゲートキーパー養成研修",
            score: 0.23,
            terms: ["ゲートキーパー養成"],
          },
        ],
      },
    ]);
  });
  it("gives a measure without counterparts an empty list", () => {
    expect(viewCounterparts("nerima/n/12", map, byId, names)).toEqual([]);
  });
});

describe("getCounterparts in a shard of the build", () => {
  it("ranks only the shard's own measures, each exactly as the whole site's build does", async () => {
    const site = await getSiteData();
    const whole = getCounterparts(site, { index: 0, count: 1, municipalities: null });
    const shard = getCounterparts(site, { index: 1, count: 2, municipalities: ["koganei"] });
    const koganei = comparableMeasures(site).filter((m) => m.municipality === "koganei");
    expect(koganei.length).toBeGreaterThan(0);
    expect([...shard.keys()].sort()).toEqual(koganei.map((m) => m.id).sort());
    for (const m of koganei) expect(shard.get(m.id)).toEqual(whole.get(m.id));
    // Matches still come from every municipality, not only the shard's own.
    expect([...shard.values()].flat().some((g) => g.municipality === "nerima")).toBe(true);
  });
});
