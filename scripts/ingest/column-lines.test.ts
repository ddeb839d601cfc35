import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  endsLogicalLine,
  joinColumnLines,
  leadingPieceWidth,
  printedWidth,
} from "./column-lines.ts";

const SOURCE = readFileSync(
  new URL("../../data/sources/002_7f059ffc7f93b1c5.txt", import.meta.url),
  "utf8",
).split("\n");
/** Source lines `from`–`to` (1-based, inclusive) as printed, blank lines included. */
const lines = (from: number, to: number): string[] => SOURCE.slice(from - 1, to);

describe("printedWidth", () => {
  it.each([
    ["第二庁舎トイレにリーフレットを設置した。", 20], // 633
    ["3.4か月健診　受診率94.8%、有所見率20.8％", 20], // 1517: ASCII counts ½
    ["　毎年７５歳・８０歳の方を訪問して一人暮ら", 21], // 43: the indent takes room
    ["て、専門の女性ｶｳﾝｾﾗｰによる相談の場を年間59", 21], // 786: half-width katakana ½
  ])("%s → %d", (line, width) => expect(printedWidth(line)).toBe(width));
});

describe("leadingPieceWidth: what the layout cannot split", () => {
  it.each([
    ["関係窓口にリーフレット設置を依頼した。", 1],
    ["キーパー研修受講", 2], // ー never starts a line
    ["た。", 2],
    ["し・高齢者のみ世帯など", 2],
    ["100％であった。", 2.5], // a number and its ％
    ["81.8％と前年より増加した。", 3],
    ["（前年度比）", 2], // `（` never ends a line
    ["（10/12", 3.5],
    ["「こころの体温計」家族モード1,425人", 2],
  ])("%s → %d", (line, width) => expect(leadingPieceWidth(line)).toBe(width));
});

describe("joinColumnLines on real cells of 002_7f059ffc7f93b1c5.txt", () => {
  it.each<[string, string[], number, string]>([
    [
      "648–654: the 「こころの体温計」 list, one item a line (K3-1-2 FY2020 status)",
      lines(645, 654),
      22,
      "市民向けに気軽にストレス度やメンタルチェックシステムを提供し、自身や家族のメンタルヘルスに関心をもってもらう。\n令和２年度（延べ人数）\n「こころの体温計」本人モード5,931人\n「こころの体温計」家族モード1,425人\n赤ちゃんママチェック446件\nストレス対処タイプテスト1,696人\nアルコールチェック1,078人\nサイト総アクセス数13,854件（年間）",
    ],
    [
      "1517–1519: three check-ups, 2 short of the width (K4-3-2 FY2020 status)",
      lines(1517, 1519),
      22,
      "3.4か月健診　受診率94.8%、有所見率20.8％\n１歳半健診　受診率97.9%、有所見率23.1％\n３歳児健診　受診率97.6%、有所見率37.1％",
    ],
    [
      "794–797: `135件` / `保育利用件数` (K3-2-1 FY2020 status, its end)",
      lines(794, 797),
      22,
      "市報、市ホームページ、情報誌等により、相談窓口の周知を行った。\n延べ相談件数　135件\n保育利用件数　0件",
    ],
    [
      "633–635: sentences ended 2 and 3 short of the width (K3-1-1 FY2021 status)",
      lines(633, 635),
      22,
      "第二庁舎トイレにリーフレットを設置した。\n関係窓口にリーフレット設置を依頼した。\n普及啓発のための街頭キャンペーンを実施した。",
    ],
    [
      "55–61: indented paragraphs in the 19-wide FY2020 next plan (K1-1-2)",
      lines(55, 61),
      19,
      "引き続き７５歳・８０歳の方を訪問して一人暮らし・高齢者のみ世帯など見守りを必要とする対象者を把握し、関係者と共有していく。\n高齢者宅への民生委員の訪問について、双方の感染予防を念頭に置き、状況に合わせた実施方法を検討する必要がある。",
    ],
    [
      "799–808: a number-led wrap joined, then sentence and table lines (K3-2-1 FY2020 evaluation)",
      lines(799, 808),
      20,
      "相談者延べ件数は前年度比113.4%であった。\n周知方法は前年同様に行ったが、相談者の希望に沿って、可能な範囲で面談での相談体制を取った。。\n電話相談のみの期間が一定期間あったためか、保育の利用希望実績はなかった。\n（前年度比）\n延べ相談件数　113.4%\n保育利用件数　△８件",
    ],
    [
      "229–237: a 【label】 alone on its line keeps its break (K1-2-3 FY2021 status)",
      lines(229, 237),
      22,
      "【介護福祉課】\n成年後見の市長申立てを11件行い、審判を受けた。\nまた、市長申し立てを行った者の中で後見人・保佐人へ報酬支払いが困難な者に対して、6件助成を行った。\n【自立生活支援課】\n成年後見の市長申立てを１件行い、審判を受けた。",
    ],
    [
      "966–972: `ク` and `数` end lines of the 4-wide achievement (K4-1-1 FY2020)",
      lines(966, 972),
      4,
      "応援ブック\n掲載団体数\n128",
    ],
  ])("%s", (_, cell, width, expected) => expect(joinColumnLines(cell, width)).toBe(expected));
});

describe("joinColumnLines still joins layout wraps", () => {
  it.each<[string, string[], number, string]>([
    [
      "8–9 `連`/`携強化` (sub-policy, 20 wide)",
      lines(8, 9),
      20,
      "（１）地域におけるネットワークの構築・連携強化",
    ],
    ["12–13 `福祉保健`/`部` (department, 4 wide)", lines(12, 13), 4, "福祉保健部"],
    [
      "1131–1134 `ゲート`/`キーパー` (FY2020 achievement)",
      lines(1131, 1134),
      4,
      "ゲートキーパー研修受講率約61％",
    ],
    ["1042–1045 `83％`/`（10/12`/`月）`", lines(1042, 1045), 4, "83％（10/12月）"],
    [
      "43–46: an indented first line, `し・` next",
      lines(43, 46),
      22,
      "毎年７５歳・８０歳の方を訪問して一人暮らし・高齢者のみ世帯など見守りを必要とする対象者を把握し、関係者とともに見守り支援のネットワークを構築している。",
    ],
    [
      "374–376: `100％` does not fit the 2 left",
      lines(374, 376),
      22,
      "令和３年度でのゲートキーパー研修受講率は100％であった。計画の趣旨を理解し、研修での知識を事業において活用している。",
    ],
    [
      "1494–1497: `81.8％` does not fit the 2 left",
      lines(1494, 1497),
      20,
      "東京都のコロナ禍における妊婦支援対策の影響もあり、面談希望者が増加し、妊娠届出数980件に対し、802名と面談し、面談率は81.8％と前年より増加した。",
    ],
    [
      "197–199: a wrap one short of the width (the layout's slack)",
      lines(197, 199),
      22,
      "また、市長申立てを行った者の中で後見人への報酬支払いが困難な者に対して１件の報酬助成を行った。",
    ],
  ])("%s", (_, cell, width, expected) => expect(joinColumnLines(cell, width)).toBe(expected));
});

describe("endsLogicalLine and the edges", () => {
  it("needs the next piece to fit with 1 to spare", () => {
    expect(endsLogicalLine("第二庁舎トイレにリーフレットを設置した。", "関係窓口", 22)).toBe(true);
    expect(endsLogicalLine("第二庁舎トイレにリーフレットを設置した。", "関係窓口", 21)).toBe(false);
  });
  it("returns null for nothing and keeps one line as it is", () => {
    expect(joinColumnLines([], 22)).toBeNull();
    expect(joinColumnLines(["", "  "], 22)).toBeNull();
    expect(joinColumnLines(["　実施  "], 4)).toBe("実施");
  });
});
