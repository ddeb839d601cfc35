import { describe, expect, it } from "vitest";
import { keepNamesTogether } from "./keep-names.ts";

const NAMES = ["練馬区", "小金井市", "あきる野市"];
const keep = (html: string): string => keepNamesTogether(html, NAMES);
const span = (name: string): string => `<span class="keep-together">${name}</span>`;

describe("keepNamesTogether", () => {
  it("wraps each name in the text of the body", () => {
    expect(keep("<p>小金井市とあきる野市</p>")).toBe(
      `<p>${span("小金井市")}と${span("あきる野市")}</p>`,
    );
  });
  it("leaves attributes, the head, scripts, svg and options alone", () => {
    const html =
      '<head><title>練馬区</title><meta content="練馬区"></head>' +
      '<a title="x>練馬区" href="/nerima/">練馬区</a>' +
      "<script>const a = '練馬区';</script>" +
      '<svg><text x="1">練馬区</text></svg>' +
      "<select><option>練馬区</option></select><!-- 練馬区 -->";
    expect(keep(html)).toBe(
      '<head><title>練馬区</title><meta content="練馬区"></head>' +
        `<a title="x>練馬区" href="/nerima/">${span("練馬区")}</a>` +
        "<script>const a = '練馬区';</script>" +
        '<svg><text x="1">練馬区</text></svg>' +
        "<select><option>練馬区</option></select><!-- 練馬区 -->",
    );
  });
  it("keeps the text as it was", () => {
    const html = "<body><h1>練馬区の施策</h1><p>小金井市</p></body>";
    const text = (h: string): string => h.replace(/<[^>]*>/gu, "");
    expect(text(keep(html))).toBe(text(html));
  });
  it("takes the longest name where names share a start, among many names", () => {
    const many = [
      ...NAMES,
      "府中市",
      "府中町",
      ...Array.from({ length: 2000 }, (_, i) => `架空${i}市`),
    ];
    const html = "<p>府中町と府中市と架空1999市と架空19市</p>";
    expect(keepNamesTogether(html, many)).toBe(
      `<p>${span("府中町")}と${span("府中市")}と${span("架空1999市")}と${span("架空19市")}</p>`,
    );
  });
});
