/**
 * README.md of the ZIP: what each file is, how to read it, how to cite it and under which
 * licence. Written from the data package descriptor, so it names what the package holds.
 */
import { writeFirstLines } from "./api.ts";
import type { DataPackage } from "./datapackage.ts";
import type { TableName } from "./definitions.ts";

export interface ReadmeInput {
  descriptor: DataPackage;
  rowCounts: Readonly<Record<TableName, number>>;
  dataUrl: string | null;
}

export function buildPackageReadme({ descriptor, rowCounts, dataUrl }: ReadmeInput): string {
  const licence = descriptor.licenses[0];
  const lines = [
    `# ${descriptor.title}`,
    "",
    descriptor.description,
    "",
    "## ファイル",
    "",
    "| ファイル | 内容 | 行数 |",
    "|---|---|---|",
    "| `datapackage.json` | Frictionless Data Package の記述：表ごとの列の型・必須・選択肢・主キー・外部キー、原資料、ライセンス | |",
    "| `README.md` | このファイル | |",
    ...descriptor.resources.flatMap((r) => [
      `| \`${r.path}\` | ${r.title}：${r.description} | ${rowCounts[r.name]} |`,
      `| \`${r.path.replace(/\.csv$/, ".json")}\` | 同じ表のJSON（行の配列、値の型は datapackage.json のとおり） | ${rowCounts[r.name]} |`,
    ]),
    "",
    "表は `measure_id`（施策ID）で結び付きます。すべての表に全国地方公共団体コード（`municipality_code`）、都道府県名、市区町村名があります。列の説明は `datapackage.json` と、サイトの /data/ のデータ辞書にあります。",
    "",
    "## 読み込みの例（Python／pandas）",
    "",
    "```python",
    writeFirstLines((table) => `tables/${table}.csv`),
    "```",
    "",
    "## 原資料",
    "",
    ...descriptor.sources.map((s) => `- ${s.title}${s.path ? ` ${s.path}` : ""}`),
    "",
    "評価（A+／A／B など）は各自治体の担当課による自己評価で、原資料の記載のままです。",
    "",
    "## 引用のしかた",
    "",
    `${descriptor.title}${dataUrl ? ` ${dataUrl}` : ""}（閲覧した日付）`,
    "",
    "個々の値を示すときは、原資料の名前と行番号（measures 表の `source_file`、`source_line_first`～`source_line_last`）も添えてください。",
    "",
    "## ライセンス",
    "",
    licence
      ? `このデータ（表とJSON）は ${licence.title}（${licence.name}、${licence.path}）で提供します。原資料の著作権は各自治体にあります。`
      : "ライセンスは datapackage.json を見てください。",
    "",
  ];
  return lines.join("\n");
}
