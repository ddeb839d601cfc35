import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SourceManifestSchema } from "../../src/schemas/source.ts";
import { sha256, splitLines } from "../../scripts/lib/files.ts";

const manifest = SourceManifestSchema.parse(
  JSON.parse(readFileSync("data/sources/manifest.json", "utf8")),
);

describe("data/sources", () => {
  it("lists the five municipal source files", () => {
    expect(manifest.sources.map((s) => s.file)).toEqual([
      "000_7f5aa4348ad65687.txt",
      "001_c1b66bdeafbb3a2a.txt",
      "002_7f059ffc7f93b1c5.txt",
      "003_914f02806d01f868.txt",
      "004_caae4ee036b110b1.txt",
    ]);
  });

  it.each(manifest.sources.map((s) => [s.file, s] as const))(
    "%s is byte-identical to its manifest hash",
    (file, entry) => {
      const bytes = readFileSync(`data/sources/${file}`);
      expect(sha256(bytes)).toBe(entry.sha256);
      expect(splitLines(bytes.toString("utf8")).length).toBe(entry.lineCount);
    },
  );

  it("counts an unterminated last line (Akiruno's line 196 is a data row)", () => {
    const text = readFileSync("data/sources/003_914f02806d01f868.txt", "utf8");
    expect(text.endsWith("\n")).toBe(false);
    expect(splitLines(text)).toHaveLength(196);
  });
});
