/**
 * The "API" section of /data/: every published endpoint with a pandas and an R example. The
 * examples are written from a small spec (the file read, where its rows are, the columns named),
 * so a dist test can check that each URL exists and each column is in that file.
 */
import { TABLE_NAMES } from "./definitions.ts";
import { tableFilePath, type TableScope } from "./files.ts";

export type ExampleFormat = "csv" | "json" | "zip";

export interface ApiExample {
  /** Site path of the file the example reads. */
  file: string;
  format: ExampleFormat;
  /** For a ZIP: the CSV inside it that the example reads. */
  member?: string;
  /** For JSON: dotted path to the rows (an array of objects); absent when the file is the array. */
  rowsAt?: string;
  /** For JSON that is not a table: dotted path to an object whose keys the example names. */
  keysAt?: string;
  /** Columns (or keys) the example names. */
  columns: string[];
  /**
   * CSV columns read as text, not numbers: the 全国地方公共団体コード is a code (Hokkaido's start
   * with 0), so pandas and readr must not turn it into an integer.
   */
  textColumns?: string[];
}

export interface ApiEndpoint {
  /** URL pattern, with {placeholders}. */
  pattern: string;
  /** What it returns, in Japanese. */
  description: string;
  example: ApiExample;
  pandas: string;
  r: string;
}

const q = (s: string): string => JSON.stringify(s);
const list = (columns: readonly string[]): string => columns.map(q).join(", ");
const pyPath = (rowsAt: string): string =>
  rowsAt
    .split(".")
    .map((k) => `[${q(k)}]`)
    .join("");
const rPath = (rowsAt: string): string =>
  rowsAt
    .split(".")
    .map((k) => `$${k}`)
    .join("");

const pandasDtype = (e: ApiExample): string =>
  e.textColumns?.length ? `, dtype={${e.textColumns.map((c) => `${q(c)}: str`).join(", ")}}` : "";
const readrTypes = (e: ApiExample): string =>
  e.textColumns?.length
    ? `, col_types = readr::cols(${e.textColumns.map((c) => `${c} = "c"`).join(", ")})`
    : "";

export function writePandas(e: ApiExample, url: string): string {
  const cols = list(e.columns);
  if (e.format === "csv")
    return `import pandas as pd\ndf = pd.read_csv(${q(url)}, encoding="utf-8-sig"${pandasDtype(e)})\ndf[[${cols}]]`;
  if (e.format === "zip")
    return [
      "import io, urllib.request, zipfile",
      "import pandas as pd",
      `z = zipfile.ZipFile(io.BytesIO(urllib.request.urlopen(${q(url)}).read()))`,
      `df = pd.read_csv(z.open(${q(e.member ?? "")}), encoding="utf-8-sig")`,
      `df[[${cols}]]`,
    ].join("\n");
  if (e.keysAt)
    return [
      "import json, urllib.request",
      "import pandas as pd",
      `data = json.load(urllib.request.urlopen(${q(url)}))`,
      `fields = pd.DataFrame.from_dict(data${pyPath(e.keysAt)}, orient="index")`,
      `fields.loc[[${cols}]]`,
    ].join("\n");
  if (!e.rowsAt) return `import pandas as pd\ndf = pd.read_json(${q(url)})\ndf[[${cols}]]`;
  return [
    "import json, urllib.request",
    "import pandas as pd",
    `data = json.load(urllib.request.urlopen(${q(url)}))`,
    `df = pd.json_normalize(data${pyPath(e.rowsAt)})`,
    `df[[${cols}]]`,
  ].join("\n");
}

export function writeR(e: ApiExample, url: string): string {
  const cols = `c(${list(e.columns)})`;
  if (e.format === "csv") return `df <- readr::read_csv(${q(url)}${readrTypes(e)})\ndf[, ${cols}]`;
  if (e.format === "zip")
    return [
      'zip <- tempfile(fileext = ".zip")',
      `download.file(${q(url)}, zip, mode = "wb")`,
      `df <- readr::read_csv(unz(zip, ${q(e.member ?? "")}))`,
      `df[, ${cols}]`,
    ].join("\n");
  if (e.keysAt) return `data <- jsonlite::fromJSON(${q(url)})\ndata${rPath(e.keysAt)}[${cols}]`;
  if (!e.rowsAt) return `df <- jsonlite::fromJSON(${q(url)})\ndf[, ${cols}]`;
  return `data <- jsonlite::fromJSON(${q(url)})\ndf <- data${rPath(e.rowsAt)}\ndf[, ${cols}]`;
}

/** The three lines a researcher starts with: read two tables and join them on measure_id. */
export function writeFirstLines(pathOf: (table: "year_records" | "measures") => string): string {
  return [
    "import pandas as pd",
    `years = pd.read_csv(${q(pathOf("year_records"))}, encoding="utf-8-sig", dtype={"municipality_code": str})`,
    `measures = pd.read_csv(${q(pathOf("measures"))}, encoding="utf-8-sig")`,
    `df = years.merge(measures[["measure_id", "title", "category", "printed_code"]], on="measure_id")`,
  ].join("\n");
}

/** The tables and columns writeFirstLines names (for its test). */
export const FIRST_LINES_COLUMNS = {
  year_records: ["measure_id", "municipality_code"],
  measures: ["measure_id", "title", "category", "printed_code"],
} as const;

export function listApiEndpoints(origin: string, sample: Required<TableScope>): ApiEndpoint[] {
  const plan = { municipality: sample.municipality, plan: sample.plan };
  const measurePath = `${sample.municipality}/${sample.plan}/${sample.code}`;
  const specs: Omit<ApiEndpoint, "pandas" | "r">[] = [
    {
      pattern: "/data/tables/{表}.csv",
      description: `表の全体（CSV、UTF-8 BOM付き）。{表}は ${TABLE_NAMES.join("、")}。`,
      example: {
        file: tableFilePath("year_records", "csv"),
        format: "csv",
        columns: ["municipality_code", "measure_id", "fiscal_year", "grade"],
        textColumns: ["municipality_code"],
      },
    },
    {
      pattern: "/data/tables/{表}.json",
      description: "表の全体（JSON、行の配列）。CSVと同じ値です。",
      example: {
        file: tableFilePath("budgets", "json"),
        format: "json",
        columns: ["measure_id", "kind", "fiscal_year", "million_yen"],
      },
    },
    {
      pattern: "/data/tables/{自治体}/{計画}/{表}.csv（.json）",
      description: "1つの計画の行だけ（すべての表。行がなければ見出しだけ）。",
      example: {
        file: tableFilePath("year_records", "csv", plan),
        format: "csv",
        columns: ["measure_id", "fiscal_year", "grade", "grades_by_section"],
      },
    },
    {
      pattern: "/data/tables/{自治体}/{計画}/{番号}/{表}.csv（.json）",
      description:
        "1つの施策の行だけ（その施策に行がある表のみ）。施策のページからもリンクしています。",
      example: {
        file: tableFilePath("grades_by_section", "json", sample),
        format: "json",
        columns: ["fiscal_year", "section", "grade"],
      },
    },
    {
      pattern: "/data/datapackage.json",
      description:
        "Frictionless Data Package：表ごとの列の型・必須・選択肢・主キー・外部キー、原資料、ライセンス。",
      example: {
        file: "/data/datapackage.json",
        format: "json",
        rowsAt: "resources",
        columns: ["name", "path", "bytes", "hash"],
      },
    },
    {
      pattern: "/data/shisaku-data.zip",
      description: "全部の表（CSVとJSON）、datapackage.json、README.mdを1つにまとめたZIP。",
      example: {
        file: "/data/shisaku-data.zip",
        format: "zip",
        member: "tables/indicators.csv",
        columns: ["measure_id", "indicator", "kind", "fiscal_year", "value"],
      },
    },
    {
      pattern: "/data/measures.json",
      description: "全施策を入れ子のJSONで（年度・指標・事業費を施策の中に持つ形）。",
      example: {
        file: "/data/measures.json",
        format: "json",
        rowsAt: "measures",
        columns: ["id", "code", "subLetter", "title", "category"],
      },
    },
    {
      pattern: "/data/measures/{自治体}/{計画}/{番号}.json",
      description: "1つの施策の入れ子のJSON（measures.jsonのmeasuresの1件と同じ形）。",
      example: {
        file: `/data/measures/${measurePath}.json`,
        format: "json",
        rowsAt: "years",
        columns: ["fiscalYear", "status", "grade"],
      },
    },
    {
      pattern: "/data/measures.csv、/data/{自治体}/{計画}.csv",
      description:
        "以前からの横長のCSV（施策×年度で1行）。新しく使うときは上の表をおすすめします。",
      example: {
        file: `/data/${plan.municipality}/${plan.plan}.csv`,
        format: "csv",
        columns: ["id", "code", "fiscalYear", "grade"],
      },
    },
    {
      pattern: "/data/schema.json",
      description: "measures.jsonのJSON Schema（draft 2020-12）。",
      example: {
        file: "/data/schema.json",
        format: "json",
        keysAt: "properties",
        columns: ["schemaVersion", "municipalities", "plans", "measures"],
      },
    },
  ];
  return specs.map((s) => {
    const url = new URL(s.example.file, origin).href;
    return { ...s, pandas: writePandas(s.example, url), r: writeR(s.example, url) };
  });
}
