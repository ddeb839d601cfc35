import { describe, expect, it } from "vitest";
import type { Measure } from "../schemas/measure.ts";
import { categoryToCsv, COMPARE_CSV_COLUMNS } from "./compare-csv.ts";

const measure = (id: string, o: Partial<Measure> = {}): Measure =>
  ({
    id,
    url: `/${id}/`,
    municipality: id.split("/")[0],
    plan: id.split("/")[1],
    code: id.split("/")[2],
    subLetter: null,
    title: "ゲートキーパー養成講座",
    division: null,
    departments: ["保健予防課", "教育指導課"],
    ...o,
  }) as unknown as Measure;

describe("categoryToCsv", () => {
  const csv = categoryToCsv(
    "human-resources",
    [
      {
        measure: measure("nerima/sp/62", { subLetter: "ア" }),
        latest: {
          kind: "grade",
          grade: "A",
          text: "A",
          fiscalYear: 2022,
          interim: false,
          newerWithout: 2023,
        },
      },
      {
        measure: measure("akiruno/sp/2-3-1"),
        latest: { kind: "none", fiscalYear: 2025, interim: true },
      },
    ],
    new Map([
      [
        "nerima/sp/62",
        [
          {
            municipality: "akiruno",
            matches: [{ id: "akiruno/sp/2-3-1", score: 0.271, terms: [] }],
          },
        ],
      ],
    ]),
    "https://example.org",
  );
  const lines = csv
    .replace(/^\ufeff/, "")
    .trim()
    .split("\n");

  it("starts with a BOM and the header", () => {
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(lines[0]).toBe(COMPARE_CSV_COLUMNS.join(","));
  });
  it("gives the status as printed with the year it belongs to and the newer year without one", () => {
    expect(lines[1]).toBe(
      "human-resources,nerima,sp,62ア,ゲートキーパー養成講座,,保健予防課、教育指導課,grade,A,2022,false,2023,akiruno/sp/2-3-1 (0.27),https://example.org/nerima/sp/62/",
    );
  });
  it("leaves status and year empty where the report prints none", () => {
    expect(lines[2]).toContain(",none,,,,,");
  });
});
