import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDepartmentLines, parseHeadingLine } from "./parse-layout.ts";

const root = new URL("../../../", import.meta.url);
const fixture = (name: string): string[] =>
  readFileSync(new URL(`tests/fixtures/sources/${name}.txt`, root), "utf8").split("\n");

describe("parseHeadingLine", () => {
  it.each([
    ["１　重度障害者への支援の充実", "見出し", "1", "重度障害者への支援の充実", false],
    [
      " ２　医療的ケアが必要な障害者への支援の充実",
      "見出し",
      "2",
      "医療的ケアが必要な障害者への支援の充実",
      false,
    ],
    ["　(1)住まいの確保", "小見出し", "1", "住まいの確保", false],
    [
      "　(3) 共生型サービスを活用したショートステイの充実　",
      "小見出し",
      "3",
      "共生型サービスを活用したショートステイの充実",
      false,
    ],
    [
      "　(3)医療的ケア児とその家族の相談支援の充実　★",
      "小見出し",
      "3",
      "医療的ケア児とその家族の相談支援の充実",
      true,
    ],
    [
      "　(3)介護人材の確保・育成・定着※１　【再掲】",
      "小見出し",
      "3",
      "介護人材の確保・育成・定着",
      false,
    ],
    [
      "５　児童相談体制「練馬区モデル」の強化※1【再掲】",
      "見出し",
      "5",
      "児童相談体制「練馬区モデル」の強化",
      false,
    ],
    [
      "２　災害時や感染症拡大時に備えた医療体制の整備 ",
      "見出し",
      "2",
      "災害時や感染症拡大時に備えた医療体制の整備",
      false,
    ],
    [
      "(2) 子ども家庭支援センターにおける児童相談体制の強化 ★",
      "小見出し",
      "2",
      "子ども家庭支援センターにおける児童相談体制の強化",
      true,
    ],
    ["2 多様な子育て支援サービスの充実", "見出し", "2", "多様な子育て支援サービスの充実", false],
  ])("%s", (line, kind, number, title, starred) => {
    expect(parseHeadingLine(line)).toEqual({ kind, number, title, starred });
  });

  it.each(["事業費（百万円）", "★", "令和６年度 令和７年度 令和８年度 計"])(
    "%s is not a heading",
    (line) => expect(parseHeadingLine(line)).toBeNull(),
  );
});

describe("parseDepartmentLines", () => {
  it("reads the label and the value on one line (004 line 7)", () => {
    const [, , , , , , line7] = fixture("nerima-strategic-2018-item-1-1");
    expect(parseDepartmentLines([line7 as string])).toEqual({
      division: "健康部",
      names: ["健康推進課", "保健相談所"],
    });
  });

  it("reads a label on its own line and one 部 per line (001 lines 858–860)", () => {
    const lines = fixture("nerima-strategic-2024-repost-5-9").slice(858 - 786, 860 - 786 + 1);
    expect(parseDepartmentLines(lines)).toEqual({
      division: "高齢施策担当部\n福祉部",
      names: ["高齢社会対策課", "障害者サービス調整担当課"],
    });
  });

  it("keeps a line naming several 部 with no 課 split as one department (001 lines 1406–1409)", () => {
    const lines = fixture("nerima-strategic-2024-repost-4-15").slice(1406 - 1363, 1409 - 1363 + 1);
    expect(parseDepartmentLines(lines)).toEqual({
      division: "教育振興部\nこども家庭部",
      names: [
        "教育指導課",
        "学校教育支援センター",
        "子ども家庭支援センター",
        "福祉部、高齢施策担当部、健康部、こども家庭部内の支援を実施する課",
      ],
    });
  });

  it("splits 部 and 課 on ASCII or ideographic spaces (001 lines 1217–1218)", () => {
    expect(parseDepartmentLines(["総務部  人権・男女共同参画課", "福祉部　生活福祉課"])).toEqual({
      division: "総務部\n福祉部",
      names: ["人権・男女共同参画課", "生活福祉課"],
    });
  });

  it("reads nothing from a bare label", () => {
    expect(parseDepartmentLines(["事 業 実 施 課 ："])).toEqual({ division: null, names: [] });
  });
});
