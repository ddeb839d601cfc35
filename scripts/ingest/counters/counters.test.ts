import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countItems as akiruno } from "./akiruno.ts";
import { countItems as koganei } from "./koganei.ts";
import { countItems as nerimaStrategic } from "./nerima-strategic.ts";
import { countItems as nerimaSuicide } from "./nerima-suicide.ts";

const here = new URL("./", import.meta.url);
const source = (file: string): string =>
  readFileSync(new URL(`../../../data/sources/${file}`, import.meta.url), "utf8");

describe("item counters", () => {
  it("share no code with the parsers they check: they import only the ItemCounter type", () => {
    const counters = readdirSync(here).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(counters.length).toBeGreaterThanOrEqual(4);
    for (const file of counters) {
      const imports = readFileSync(new URL(file, here), "utf8")
        .split("\n")
        .filter((line) => /^\s*(import|export .* from)\b/u.test(line));
      expect([file, imports]).toEqual([file, ['import type { ItemCounter } from "../types.ts";']]);
    }
  });

  it("count every numbered item of each source", () => {
    expect(nerimaSuicide(source("000_7f5aa4348ad65687.txt"))).toHaveLength(93);
    expect(nerimaStrategic(source("001_c1b66bdeafbb3a2a.txt"))).toHaveLength(34);
    expect(koganei(source("002_7f059ffc7f93b1c5.txt"))).toHaveLength(54);
    expect(akiruno(source("003_914f02806d01f868.txt"))).toHaveLength(70);
    expect(nerimaStrategic(source("004_caae4ee036b110b1.txt"))).toEqual(["1-1", "1-2", "1-3"]);
  });
});
