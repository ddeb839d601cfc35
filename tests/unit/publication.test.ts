/**
 * What data/sources/manifest.json says about where each source was published. A URL or terms
 * page may only be recorded on the municipality's own site (no guessed or third-party hosts),
 * and every entry says where we looked, so "not found" is a statement, not a gap.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceManifestSchema } from "../../src/schemas/source.ts";

const manifest = SourceManifestSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, "../../data/sources/manifest.json"), "utf8")),
);

describe("source publication records", () => {
  it("has one for every source, with where we looked", () => {
    for (const s of manifest.sources) {
      expect(s.publication, s.file).not.toBeNull();
      expect(s.publication!.searchNote.length, s.file).toBeGreaterThan(20);
    }
  });

  it("records URLs only on the municipality's official site, over https", () => {
    for (const s of manifest.sources) {
      const p = s.publication!;
      const official = new URL(p.officialSite);
      expect(official.protocol, s.file).toBe("https:");
      for (const url of [p.url, p.terms?.url].filter(
        (u): u is string => u !== null && u !== undefined,
      )) {
        expect(new URL(url).host, `${s.file}: ${url}`).toBe(official.host);
      }
    }
  });

  it("gives evidence for every publisher or date not printed in the document", () => {
    for (const s of manifest.sources) {
      const p = s.publication!;
      if (p.publisher) expect(p.publisher.evidence.length, s.file).toBeGreaterThan(5);
      if (p.date) expect(p.date.value, s.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (p.retrieved) expect(p.retrieved <= new Date().toISOString().slice(0, 10)).toBe(true);
    }
  });
});
