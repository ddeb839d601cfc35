import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeNumberLine, formatItemNumber, undouble } from "./decode-number.ts";

const root = new URL("../../../", import.meta.url);
const fixtureLines = (name: string): string[] =>
  readFileSync(new URL(`tests/fixtures/sources/${name}.txt`, root), "utf8").split("\n");

/** The № lines of a fixture, decoded, in print order. */
const decodedIn = (name: string): string[] =>
  fixtureLines(name).flatMap((line) => {
    const number = decodeNumberLine(line);
    return number ? [`${formatItemNumber(number)}${number.repost ? "の再掲" : ""}`] : [];
  });

describe("undouble", () => {
  it.each([
    ["77", "7"],
    ["1100", "10"],
    ["1155", "15"],
    ["のの再再掲掲", "の再掲"],
  ])("%s → %s", (doubled, plain) => expect(undouble(doubled)).toBe(plain));

  it.each(["年度別の取組計画", "7", "", "1122x"])("%s is not doubled → null", (text) =>
    expect(undouble(text)).toBeNull(),
  );

  it("reverses doubling for any text", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        const doubled = [...text].map((ch) => ch + ch).join("");
        expect(undouble(doubled)).toBe(text);
      }),
    );
  });
});

describe("decodeNumberLine", () => {
  it.each([
    ["№№  77  --  11 年度別の取組計画", { plan: "7", item: "1", repost: false }],
    ["№№  77  --  66", { plan: "7", item: "6", repost: false }],
    ["№№  77  --  1100", { plan: "7", item: "10", repost: false }],
    ["№№  1100  --  11 年度別の取組計画", { plan: "10", item: "1", repost: false }],
    ["№№  1111  --  55 年度別の取組計画", { plan: "11", item: "5", repost: false }],
    ["№№  55  --  99のの再再掲掲", { plan: "5", item: "9", repost: true }],
    ["№№  44  --  1155のの再再掲掲 年度別の取組計画", { plan: "4", item: "15", repost: true }],
    ["№№  99  -- 年度別の取組計画", { plan: "9", item: null, repost: false }],
    ["No. 1-2", { plan: "1", item: "2", repost: false }],
  ])("%s", (line, expected) => expect(decodeNumberLine(line)).toEqual(expected));

  it.each([
    "年度別の取組計画",
    "※1・・・ 計画７　事業No.7－1の再掲",
    "計画４　事業No.４－15の再掲",
    "",
  ])("%s is not a № line", (line) => expect(decodeNumberLine(line)).toBeNull());

  it("decodes the multi-digit № lines of a page unit, including its copy (1754–1893)", () => {
    expect(decodedIn("nerima-strategic-2024-page-copy")).toEqual(["9-4", "10-1", "10-2", "9-4"]);
  });

  it("keeps the line that lost its number as 9- (001:1639)", () => {
    expect(decodedIn("nerima-strategic-2024-missing-number")).toEqual(["9-", "9-3"]);
  });

  it("reads the repost suffix and two-digit items (5-9, 7-11, 4-15)", () => {
    expect(decodedIn("nerima-strategic-2024-repost-5-9")).toEqual(["7-11", "5-9の再掲"]);
    expect(decodedIn("nerima-strategic-2024-repost-4-15")).toEqual(["4-15の再掲"]);
  });

  it("reads the plain `No. 1-1` of 004", () => {
    expect(decodedIn("nerima-strategic-2018-item-1-1")).toEqual(["1-1"]);
  });
});
