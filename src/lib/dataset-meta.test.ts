import { describe, expect, it } from "vitest";
import { contentHash, dataVersion, readDataVersion, readReleases } from "./dataset-meta.ts";

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe("data version", () => {
  it("does not depend on the order files are listed in", () => {
    const a = [file("a.json", "{}"), file("b/c.json", "[1]")];
    expect(contentHash(a)).toBe(contentHash([...a].reverse()));
  });

  it("changes when one byte of the data changes or a file moves", () => {
    const base = contentHash([file("a.json", '{"x":1}')]);
    expect(contentHash([file("a.json", '{"x":2}')])).not.toBe(base);
    expect(contentHash([file("b.json", '{"x":1}')])).not.toBe(base);
  });

  it("reads as the release date and 8 hex digits", () => {
    expect(dataVersion("2026-12-02", "0123456789abcdef").version).toBe("2026-12-02.01234567");
    expect(readDataVersion().version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(readDataVersion().date).toBe(readReleases()[0]!.date);
  });
});
