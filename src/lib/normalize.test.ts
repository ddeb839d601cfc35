import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  containsComparable,
  joinWrappedLines,
  startsLogicalLine,
  toComparable,
  toHalfWidth,
  trimLine,
} from "./normalize.ts";

describe("trimLine", () => {
  it("drops ASCII and ideographic indentation (Nerima indents with U+3000)", () => {
    expect(trimLine("　12回／6保健相談所")).toBe("12回／6保健相談所");
    expect(trimLine(" 31,523件／年  ")).toBe("31,523件／年");
  });
  it("keeps an ideographic space inside the text", () => {
    expect(trimLine("参加者：22　名")).toBe("参加者：22　名");
  });
});

describe("joinWrappedLines", () => {
  it("joins mid-word wraps with nothing (Koganei 連/携強化)", () => {
    expect(joinWrappedLines(["（１）地域におけるネットワークの構築・連", "携強化"])).toBe(
      "（１）地域におけるネットワークの構築・連携強化",
    );
  });
  it("keeps a break where a list item starts", () => {
    expect(joinWrappedLines(["・開設日　１回／週", "・電話相談の", "実施"])).toBe(
      "・開設日　１回／週\n・電話相談の実施",
    );
    expect(joinWrappedLines(["【介護】実施", "【障害】実施"])).toBe("【介護】実施\n【障害】実施");
  });
  it("drops blank lines and returns null for nothing", () => {
    expect(joinWrappedLines(["", "  ", "　"])).toBeNull();
    expect(joinWrappedLines(["おひさまぴよぴよ", "", "6か所で実施"])).toBe(
      "おひさまぴよぴよ6か所で実施",
    );
  });
  it("collapses alignment spaces", () => {
    expect(joinWrappedLines(["学級活動10回    実施"])).toBe("学級活動10回 実施");
  });
});

describe("startsLogicalLine", () => {
  it.each(["・項目", "※1 注", "(1) 一", "（１）二", "①丸数字", "⑴括弧数字", "【保健相談所】"])(
    "%s starts a line",
    (l) => {
      expect(startsLogicalLine(l)).toBe(true);
    },
  );
  it.each(["携強化", "実施", "1回／年", "ＰＴＡ", "98.7％年度末に", "99.3％"])(
    "%s continues a line",
    (l) => {
      expect(startsLogicalLine(l)).toBe(false);
    },
  );
});

describe("toHalfWidth", () => {
  it("turns full-width digits, letters and hyphen into keys", () => {
    expect(toHalfWidth("１２")).toBe("12");
    expect(toHalfWidth("７－１")).toBe("7-1");
    expect(toHalfWidth("ＤＶ")).toBe("DV");
  });
  it("leaves kana and kanji alone", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("あ", "ア", "漢", "・") }),
        (s) => toHalfWidth(s) === s,
      ),
    );
  });
});

describe("toComparable / containsComparable", () => {
  it("ignores width, whitespace and HTML tags", () => {
    expect(toComparable("ＤＶ 等 相談")).toBe("DV等相談");
    expect(containsComparable("<li>子ども食堂 の支援</li>", "子ども食堂の支援")).toBe(true);
    expect(containsComparable("１回実施（1/19）", "1回実施(1/19)")).toBe(true);
  });
  it("does not find text that is not there", () => {
    expect(containsComparable("年2回実施した。", "年3回")).toBe(false);
  });
  it("finds every piece of a text in the text itself, however it is wrapped", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(40), (s, cut) => {
        const wrapped = `${s.slice(0, cut)}\n　${s.slice(cut)}`;
        return containsComparable(wrapped, s);
      }),
    );
  });
});
