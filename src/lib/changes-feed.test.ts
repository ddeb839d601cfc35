import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "./changes-feed.ts";

describe("Atom feed of releases", () => {
  const xml = buildAtomFeed({
    site: "http://localhost:4321/",
    currentVersion: "2026-12-02.0123abcd",
    releases: [
      { date: "2026-12-02", title: "新しい版 & <修正>", changes: ["A を追加"] },
      { date: "2026-11-24", title: "最初の公開", changes: ["B"] },
    ],
  });
  it("has one entry per release, newest first, with escaped text", () => {
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf("2026-12-02 新しい版")).toBeLessThan(xml.indexOf("2026-11-24 最初の公開"));
    expect(xml).toContain("新しい版 &amp; &lt;修正&gt;");
  });
  it("is dated by the newest release and names the current version", () => {
    expect(xml).toContain("<updated>2026-12-02T00:00:00+09:00</updated>");
    expect(xml).toContain("データ版 2026-12-02.0123abcd");
    expect(xml).toContain('<link rel="self" href="http://localhost:4321/changes.xml"/>');
  });
});
