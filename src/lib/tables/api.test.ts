import { describe, expect, it } from "vitest";
import { listApiEndpoints, writePandas, writeR } from "./api.ts";

describe("writePandas / writeR", () => {
  it("read a CSV with its BOM and select the named columns", () => {
    const e = {
      file: "/data/tables/measures.csv",
      format: "csv" as const,
      columns: ["measure_id", "title"],
    };
    expect(writePandas(e, "https://x.org/data/tables/measures.csv")).toBe(
      'import pandas as pd\ndf = pd.read_csv("https://x.org/data/tables/measures.csv", encoding="utf-8-sig")\ndf[["measure_id", "title"]]',
    );
    expect(writeR(e, "https://x.org/data/tables/measures.csv")).toBe(
      'df <- readr::read_csv("https://x.org/data/tables/measures.csv")\ndf[, c("measure_id", "title")]',
    );
  });

  it("reach nested rows of a JSON file by their path", () => {
    const e = { file: "/d.json", format: "json" as const, rowsAt: "measures", columns: ["id"] };
    expect(writePandas(e, "u")).toContain('pd.json_normalize(data["measures"])');
    expect(writeR(e, "u")).toContain("df <- data$measures");
  });
});

describe("listApiEndpoints", () => {
  it("gives every endpoint a pandas and an R example reading its example file on the site", () => {
    const endpoints = listApiEndpoints("https://x.org", {
      municipality: "nerima",
      plan: "suicide-prevention-1",
      code: "41",
    });
    expect(endpoints.length).toBeGreaterThanOrEqual(10);
    for (const e of endpoints) {
      const url = `https://x.org${e.example.file}`;
      expect(e.pandas).toContain(JSON.stringify(url));
      expect(e.r).toContain(JSON.stringify(url));
    }
  });
});
