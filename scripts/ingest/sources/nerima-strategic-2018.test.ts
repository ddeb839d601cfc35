import { MUNICIPALITIES } from "../../../tests/fixtures/municipalities.ts";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CurationFileSchema } from "../../../src/schemas/curation.ts";
import type { Measure } from "../../../src/schemas/measure.ts";
import { SourceManifestSchema } from "../../../src/schemas/source.ts";
import { checkMeasureProvenance } from "../../check/provenance.ts";
import { buildPlanFile } from "../pipeline.ts";
import { countItems, ingester } from "./nerima-strategic-2018.ts";

const root = new URL("../../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");
const text = read("data/sources/004_caae4ee036b110b1.txt");
const curation = CurationFileSchema.parse(
  JSON.parse(read("data/curation/004_caae4ee036b110b1.json")),
);
const file = buildPlanFile(
  ingester,
  text,
  curation,
  JSON.parse(read("data/categories.json")),
  MUNICIPALITIES,
);
const measure = (code: string): Measure => {
  const m = file.measures.find((x) => x.code === code);
  if (!m) throw new Error(`no measure ${code}`);
  return m;
};
/** A row's cells as [26年度末, 29年度末, 30年度, 31年度, 31年度目標, 計]. */
const row = (code: string, i: number): (string | null)[] =>
  (measure(code).indicators[i]?.values ?? []).map((v) => v.value);

describe("completeness", () => {
  it("has the three items the source numbers", () => {
    expect(countItems(text)).toEqual(["1-1", "1-2", "1-3"]);
    expect(file.measures.map((m) => m.code)).toEqual(["1-1", "1-2", "1-3"]);
  });
});

describe("provenance", () => {
  const manifest = SourceManifestSchema.parse(JSON.parse(read("data/sources/manifest.json")));
  const entry = manifest.sources.find((s) => s.file === ingester.file);
  const source = {
    file: ingester.file,
    text,
    lines: text.split("\n"),
    debris: new Set(entry?.debrisLines ?? []),
  };
  it.each(file.measures.map((m) => [m.code, m] as const))("%s", (_code, m) => {
    expect(checkMeasureProvenance(m, source, m.code)).toEqual([]);
  });
});

describe("title, path, starred, departments", () => {
  it("reads the hierarchy 戦略計画1 › 1 › (1) for 1-1 and 戦略計画1 › 2 for 1-3", () => {
    expect(measure("1-1").path).toEqual([
      { kind: "戦略計画", number: "1", title: "家庭での子育てを応援" },
      { kind: "見出し", number: "1", title: "相談支援体制の整備" },
      {
        kind: "小見出し",
        number: "1",
        title: "妊娠・出産から子育て期までの切れ目のない支援の充実",
      },
    ]);
    expect(measure("1-3").title).toBe("多様な子育て支援サービスの充実");
    expect(measure("1-3").path).toHaveLength(2);
  });

  it("stars 1-2 only (★ on its heading)", () => {
    expect(file.measures.filter((m) => m.starred).map((m) => m.code)).toEqual(["1-2"]);
  });

  it("reads departments and division", () => {
    expect(measure("1-1")).toMatchObject({
      departments: ["健康推進課", "保健相談所"],
      division: "健康部",
    });
    expect(measure("1-2")).toMatchObject({
      departments: ["練馬子ども家庭支援センター"],
      division: "こども家庭部",
    });
  });

  it("covers the orphan cells at the top of the file in 1-1's source range", () => {
    expect(measure("1-1").source.lines).toEqual([1, 54]);
  });
});

describe("budget", () => {
  it("reads 事業費 FY2018, FY2019 and the total in million yen", () => {
    expect(file.measures.map((m) => m.budget.map((b) => b.millionYen))).toEqual([
      [121, 133, 254],
      [40, 65, 105],
      [51, 70, 121],
    ]);
    expect(measure("1-1").budget.map((b) => b.fiscalYear)).toEqual([2018, 2019, null]);
  });

  it.each(["1-1", "1-2", "1-3"])("%s: the printed total equals the sum of the years", (code) => {
    const budget = measure(code).budget;
    const years = budget
      .filter((b) => b.fiscalYear !== null)
      .reduce((sum, b) => sum + b.millionYen, 0);
    expect(budget.find((b) => b.fiscalYear === null)?.millionYen).toBe(years);
  });
});

describe("indicators", () => {
  it("has 14 rows", () => {
    expect(file.measures.reduce((n, m) => n + m.indicators.length, 0)).toBe(14);
  });

  it("reads baselines at the end of FY2014 and FY2017, plans FY2018–2019, the FY2019 target and 計 (1-3)", () => {
    expect(measure("1-3").indicators[0]).toEqual({
      name: "子育てのひろば",
      values: [
        { kind: "baseline", fiscalYear: 2014, value: "計22か所" },
        { kind: "baseline", fiscalYear: 2017, value: "計25か所" },
        { kind: "plan", fiscalYear: 2018, value: "1か所開設" },
        { kind: "plan", fiscalYear: 2019, value: "1か所開設" },
        { kind: "target", fiscalYear: 2019, value: "計27か所" },
        { kind: "total", fiscalYear: null, value: "2か所開設" },
      ],
    });
  });

  it("adds up: 子育てのひろば 25 places + 2 opened = the target 27 (1-3)", () => {
    const [, end2017, , , target, total] = row("1-3", 0);
    const count = (cell: string | null | undefined): number =>
      Number(/([0-9]+)か所/u.exec(cell ?? "")?.[1]);
    expect(count(end2017) + count(total)).toBe(count(target));
  });

  it("joins cells split over lines (1-2 派遣, 1-3 おひさまぴよぴよ, 受入枠)", () => {
    expect(row("1-2", 2)[1]).toBe("課長級および一般職員（福祉職）の派遣");
    expect(row("1-3", 4)[1]).toBe("おひさまぴよぴよ6か所で実施");
    expect(row("1-3", 3).slice(0, 2)).toEqual(["受入枠年間2.5万人", "受入枠年間3.5万人"]);
  });

  it("orders the sub-rows 1) and 2), printed in reverse (1-2)", () => {
    expect(
      measure("1-2")
        .indicators.slice(4, 6)
        .map((i) => i.name),
    ).toEqual(["1)要支援家庭への見守り訪問", "2)保育園など関係施設への巡回訪問"]);
  });

  it("records the cells that cannot be placed as unknown, each with a note naming its row", () => {
    expect(row("1-1", 1)).toEqual(["―", "実施（１か所）", null, null, "（計2か所）", null]);
    expect(row("1-2", 6)).toEqual([null, null, null, null, "支援体制の強化", null]);
    expect(measure("1-1").notes.some((n) => n.includes("「産後ケア事業実施場所の拡大」"))).toBe(
      true,
    );
    expect(measure("1-2").notes.some((n) => n.includes("「支援体制の強化」"))).toBe(true);
  });
});
