import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/lib/normalize.ts";
import type { MeasureInput } from "../../src/schemas/measure.ts";
import { buildPlanFile, serializeJson } from "../ingest/pipeline.ts";
import type { SourceModule } from "../ingest/registry.ts";
import { sha256 } from "../lib/files.ts";
import { runDataCheck } from "./run.ts";

/**
 * A miniature project: one source, a fixture ingester for its simple format, and the data it
 * generates. Each test breaks one thing and asserts the exact line a maintainer would read.
 */
const SOURCE = [
  "基本施策1 地域におけるネットワークの強化",
  "1 相談窓口の連携",
  "担当：健康課",
  "毎月1回の連絡会を開いた。",
  "2 ゲートキーパー研修",
  "担当：福祉総務課",
  "年2回実施した。",
  "",
].join("\n");
const FILE = "fixture.txt";
const PLAN_PATH = "data/akiruno/fixture-plan.json";

const fixtureModule: SourceModule = {
  ingester: {
    file: FILE,
    municipality: "akiruno",
    planId: "fixture-plan",
    parse(text) {
      const lines = text.split("\n");
      const measures: MeasureInput[] = [];
      lines.forEach((line, i) => {
        const m = /^(\d+) (.+)$/.exec(line);
        if (!m) return;
        const code = m[1] as string;
        measures.push({
          id: `akiruno/fixture-plan/${code}`,
          url: `/akiruno/fixture-plan/${code}/`,
          municipality: "akiruno",
          plan: "fixture-plan",
          code,
          title: m[2] as string,
          path: [{ kind: "基本施策", number: "1", title: "地域におけるネットワークの強化" }],
          category: null,
          departments: [(lines[i + 1] ?? "").replace("担当：", "")],
          description: null,
          goal: null,
          planPage: null,
          repostOf: null,
          years: [
            {
              fiscalYear: 2025,
              status: "interim",
              result: joinWrappedLines([lines[i + 2] ?? ""]),
              grade: null,
              gradesBySection: null,
              achievement: null,
              assessment: null,
              nextPlan: null,
            },
          ],
          indicators: [],
          budget: [],
          source: { file: FILE, lines: [i + 1, i + 3] },
          fieldLines: { "path.0.title": [1, 1] },
          notes: [],
        });
      });
      return {
        plan: {
          id: "fixture-plan",
          municipality: "akiruno",
          title: "検証用の計画",
          kind: "suicide-prevention",
          fiscalYears: [2025],
          grades: [],
          source: { file: FILE, title: "検証用の計画", publisher: null, date: null },
        },
        measures,
        excluded: [],
      };
    },
  },
  countItems: (text) => text.split("\n").flatMap((l) => /^(\d+) /.exec(l)?.[1] ?? []),
};

const AKIRUNO = {
  id: "akiruno",
  code: "132284",
  prefecture: "東京都",
  name: "あきる野市",
  nameEn: "Akiruno",
  yearFieldLabels: {},
};

const CATEGORIES = {
  categories: [{ id: "network", label: "地域におけるネットワークの強化" }],
  rules: [
    {
      municipality: "akiruno",
      plan: "fixture-plan",
      section: "基本施策/1",
      category: "network",
      reason: "同じ見出し",
    },
  ],
};

let root: string;

async function write(rel: string, content: string | Uint8Array): Promise<void> {
  await mkdir(join(root, rel, ".."), { recursive: true });
  await writeFile(join(root, rel), content);
}

async function editPlan(edit: (plan: Record<string, any>) => void): Promise<void> {
  const plan = JSON.parse(await readFile(join(root, PLAN_PATH), "utf8"));
  edit(plan);
  await write(PLAN_PATH, serializeJson(plan));
}

async function check(): Promise<string[]> {
  return (await runDataCheck(root, [fixtureModule])).errors;
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "shisaku-check-"));
  const lineCount = SOURCE.split("\n").length - 1;
  await write(`data/sources/${FILE}`, SOURCE);
  await write(
    "data/sources/manifest.json",
    serializeJson({
      sources: [
        {
          file: FILE,
          municipality: "akiruno",
          title: "検証用の計画",
          publisher: null,
          date: null,
          period: "令和7年度",
          lineCount,
          sha256: sha256(SOURCE),
        },
      ],
    }),
  );
  await write(
    "data/municipalities.json",
    serializeJson({
      municipalities: [AKIRUNO],
    }),
  );
  await write("data/categories.json", serializeJson(CATEGORIES));
  const curation = { source: FILE, patches: [], records: [] };
  await write(
    PLAN_PATH,
    serializeJson(buildPlanFile(fixtureModule.ingester, SOURCE, curation, CATEGORIES, [AKIRUNO])),
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("runDataCheck", () => {
  it("passes data generated from its sources", async () => {
    expect(await check()).toEqual([]);
  });

  it("names a missing field", async () => {
    await editPlan((p) => delete p.measures[0].title);
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].title: expected string, got nothing (missing field)`,
    );
  });

  it("names a value of the wrong type", async () => {
    await editPlan((p) => (p.measures[0].years[0].fiscalYear = "2025"));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].years[0].fiscalYear: expected number, got string "2025"`,
    );
  });

  it("finds a duplicate id", async () => {
    await editPlan((p) => (p.measures[1].id = "akiruno/fixture-plan/1"));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[1].id: duplicate id "akiruno/fixture-plan/1" (also ${PLAN_PATH}: measures[0])`,
    );
  });

  it("finds a reference that resolves to nothing", async () => {
    await editPlan((p) => (p.measures[0].repostOf = "akiruno/fixture-plan/99"));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].repostOf: no measure with id "akiruno/fixture-plan/99"`,
    );
  });

  it("finds an unknown category", async () => {
    await editPlan((p) => (p.measures[0].category = "sports"));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].category: "sports" is not a category in data/categories.json`,
    );
  });

  it("finds text that is not in its cited lines", async () => {
    await editPlan((p) => (p.measures[0].years[0].result = "年4回実施した。"));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].years[0].result: text not found in ${FILE} lines 2–4: "年4回実施した。"`,
    );
  });

  it("finds text cited from the wrong lines", async () => {
    await editPlan((p) => (p.measures[0].source.lines = [5, 7]));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].title: text not found in ${FILE} lines 5–7: "相談窓口の連携"`,
    );
  });

  it("finds a measure dropped from the data", async () => {
    await editPlan((p) => p.measures.pop());
    expect(await check()).toContain(
      `${PLAN_PATH}: measures: item "2" counted in ${FILE} is neither a measure nor excluded`,
    );
  });

  it("accepts a dropped measure that is excluded with a reason, but not hand-edited data", async () => {
    await editPlan((p) => {
      p.measures.pop();
      p.excluded.push({ code: "2", lines: [5, 7], reason: "検証" });
    });
    const errors = await check();
    expect(errors.some((e) => e.includes("neither a measure nor excluded"))).toBe(false);
    expect(errors.some((e) => e.includes("differs from what npm run data:ingest generates"))).toBe(
      true,
    );
  });

  it("finds a cell recorded as unknown that holds a value", async () => {
    await editPlan((p) => {
      p.measures[0].unknownFields = ["years.0.result"];
      p.measures[0].notes = ["令和7年度の取組進捗状況は特定できません。"];
    });
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].unknownFields: "years.0.result" is recorded as unknown but holds "毎月1回の連絡会を開いた。"`,
    );
  });

  it("finds an unknown cell that no note explains", async () => {
    await editPlan((p) => {
      p.measures[0].years[0].result = null;
      p.measures[0].unknownFields = ["years.0.result"];
    });
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].notes: expected a note explaining the unknown cells years.0.result, got none`,
    );
  });

  it("finds a fiscal year outside the plan", async () => {
    await editPlan((p) => (p.measures[0].years[0].fiscalYear = 2031));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].years[0].fiscalYear: expected one of the plan's years 2025, got 2031`,
    );
  });

  it("finds a fiscal year that is not a year", async () => {
    await editPlan((p) => (p.measures[0].years[0].fiscalYear = 1800));
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].years[0].fiscalYear: Too small: expected number to be >=1989, got number 1800`,
    );
  });

  it("reports malformed JSON with its line and column", async () => {
    await write(PLAN_PATH, '{\n  "plan": {\n    "id": ,\n');
    const errors = await check();
    expect(errors[0]).toMatch(new RegExp(`^${PLAN_PATH}: invalid JSON at line 3, column 11: `));
  });

  it("reports invalid UTF-8 with its line", async () => {
    await write(
      PLAN_PATH,
      Buffer.concat([
        Buffer.from('{\n  "plan": "'),
        Buffer.from([0xe7, 0x28]),
        Buffer.from('"\n}\n'),
      ]),
    );
    expect(await check()).toContain(`${PLAN_PATH}: not valid UTF-8 (first invalid byte on line 2)`);
  });

  it("finds a source that changed after its manifest entry", async () => {
    await write(`data/sources/${FILE}`, SOURCE.replace("年2回", "年3回"));
    const errors = await check();
    expect(errors.some((e) => e.startsWith(`data/sources/${FILE}: sha256 expected `))).toBe(true);
  });

  it("finds data edited by hand", async () => {
    const text = await readFile(join(root, PLAN_PATH), "utf8");
    await write(
      PLAN_PATH,
      text.replace('"departments": [\n        "健康課"', '"departments": [\n        "健康"'),
    );
    expect(
      (await check()).some(
        (e) =>
          e.startsWith(`${PLAN_PATH}: line `) &&
          e.includes("differs from what npm run data:ingest generates"),
      ),
    ).toBe(true);
  });
});

describe("runDataCheck on broken curation", () => {
  const CURATION = "data/curation/fixture.json";
  const entry = { measure: "1", fiscalYear: 2025, field: "result", lines: [4, 4], reason: "検証" };

  async function curate(patches: Record<string, unknown>[]): Promise<string[]> {
    await write(CURATION, serializeJson({ source: FILE, patches, records: [] }));
    return check();
  }

  it("names a misspelt field", async () => {
    expect(await curate([{ ...entry, field: "resutl" }])).toEqual([
      `${CURATION}: patches[0].field: expected one of "result", "grade", "achievement", "assessment", "nextPlan", "title", "description", "goal", "departments", "division", "planPage", got string "resutl"`,
    ]);
  });

  it("names a fiscal year outside the plan", async () => {
    expect(await curate([{ ...entry, fiscalYear: 2031 }])).toEqual([
      `${CURATION}: patches[0] (measure 1, FY2031 result): fiscal year 2031 is not in the plan (2025)`,
    ]);
  });

  it("names an unknown key", async () => {
    expect(await curate([{ ...entry, comment: "メモ" }])).toEqual([
      `${CURATION}: patches[0]: unexpected field(s) comment`,
    ]);
  });

  it("names an entry the parser now makes redundant", async () => {
    expect(await curate([entry])).toEqual([
      `${CURATION}: patches[0] (measure 1, FY2025 result): redundant: the parser now produces "毎月1回の連絡会を開いた。" by itself; delete it`,
    ]);
  });

  it("names a note that says which cells are blank instead of leaving it to unknownFields", async () => {
    expect(
      await curate([
        {
          ...entry,
          value: null,
          lines: null,
          unknown: true,
          note: "区切りが判別できないため、令和7年度の取組進捗状況と担当課の欄を空欄にしました。",
        },
      ]),
    ).toEqual([
      `${CURATION}: patches[0] (measure 1, FY2025 result): the note says which cells are blank ("空欄"); say only why — the page lists the unknown cells from unknownFields`,
    ]);
  });
});

describe("runDataCheck on notes about unknown cells", () => {
  it("finds a note listing unknown cells that the data does not record as unknown", async () => {
    await editPlan((p) => {
      p.measures[0].notes = [
        "資料から特定できないため不明としている欄：令和7年度（2025年度）の取組進捗状況。",
      ];
    });
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].notes: the note listing unknown cells does not match unknownFields: expected null, got "資料から特定できないため不明としている欄：令和7年度（2025年度）の取組進捗状況。"`,
    );
  });

  it("finds an unknown cell that also carries the 補正 mark", async () => {
    await editPlan((p) => {
      p.measures[0].years[0].result = null;
      p.measures[0].unknownFields = ["years.0.result"];
      p.measures[0].curatedFields = ["years.0.result"];
      p.measures[0].notes = ["区切りが見えない。"];
    });
    expect(await check()).toContain(
      `${PLAN_PATH}: measures[0].curatedFields: "years.0.result" is also recorded as unknown (nobody placed a value there)`,
    );
  });
});

describe("municipalities come from data/municipalities.json only", () => {
  it("stops the ingest for a municipality that is not listed there", () => {
    const curation = { source: FILE, patches: [], records: [] };
    expect(() => buildPlanFile(fixtureModule.ingester, SOURCE, curation, CATEGORIES, [])).toThrow(
      'ingester for fixture.txt: municipality "akiruno" is not in data/municipalities.json (known: ); add its entry there first',
    );
  });

  it("names plan data whose municipality is not listed there", async () => {
    await write(
      "data/municipalities.json",
      serializeJson({ municipalities: [{ ...AKIRUNO, id: "hinode" }] }),
    );
    expect(await check()).toContain(
      `${PLAN_PATH}: plan.municipality: expected one of hinode, got "akiruno"`,
    );
  });
});
