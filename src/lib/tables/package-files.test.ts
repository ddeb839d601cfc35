import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTables } from "./build.ts";
import { TABLE_NAMES, listColumns } from "./definitions.ts";
import { FIRST_LINES_COLUMNS } from "./api.ts";
import { buildPackageFiles, type PackageFiles } from "./package-files.ts";
import { readTableInput } from "./read-input.ts";
import { buildZip } from "./zip.ts";

let pkg: PackageFiles;
beforeAll(async () => {
  const input = await readTableInput("data");
  pkg = buildPackageFiles({
    tables: buildTables(input),
    municipalities: input.municipalities,
    sources: [],
    dataUrl: "https://example.org/data/",
  });
});

describe("buildPackageFiles", () => {
  it("holds the descriptor, a README and every table as CSV and JSON", () => {
    expect(Object.keys(pkg.files).sort()).toEqual(
      [
        "README.md",
        "datapackage.json",
        ...TABLE_NAMES.flatMap((t) => [`tables/${t}.csv`, `tables/${t}.json`]),
      ].sort(),
    );
    expect(JSON.parse(pkg.files["datapackage.json"]!)).toEqual(pkg.descriptor);
  });

  it("README names every file, the licence and how to cite, and reads only existing columns", () => {
    const readme = pkg.files["README.md"]!;
    for (const path of Object.keys(pkg.files).filter((p) => p.startsWith("tables/")))
      expect(readme).toContain(`\`${path}\``);
    expect(readme).toContain("CC-BY-4.0");
    expect(readme).toContain("## 引用のしかた");
    expect(readme).toContain('pd.read_csv("tables/year_records.csv"');
    for (const [table, columns] of Object.entries(FIRST_LINES_COLUMNS))
      for (const c of columns) expect(listColumns(table as "measures")).toContain(c);
  });
});

describe("buildZip", () => {
  it("gives the same bytes for the same files and date, whenever it runs", () => {
    const modified = new Date("2026-01-01");
    const first = buildZip(pkg.files, modified);
    expect(Buffer.from(buildZip(pkg.files, modified)).equals(Buffer.from(first))).toBe(true);
    expect(
      Buffer.from(buildZip(pkg.files, new Date("2026-02-01"))).equals(Buffer.from(first)),
    ).toBe(false);
  });

  it("packs every file so that unzipping gives the same text back", () => {
    const unzipped = unzipSync(buildZip(pkg.files, new Date("2026-01-01")));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(pkg.files).sort());
    // ignoreBOM keeps the CSVs' BOM in the decoded text, as it is in the files.
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    for (const [path, bytes] of Object.entries(unzipped))
      expect(decoder.decode(bytes)).toBe(pkg.files[path]);
  });
});
