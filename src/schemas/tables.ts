/**
 * The tidy tables published under /data/tables/: one zod object per table, one row per thing.
 * Each column is defined once, here: its machine name (the key), type and constraints (zod), and
 * its Japanese label and description (`.meta({ title, description })`). The CSV header, the JSON
 * twin, the data package's table schemas and the Japanese data dictionary on /data/ are all
 * generated from these objects; the key order is the column order.
 *
 * Every table starts with the three columns the Digital Agency's recommended dataset conventions
 * (自治体標準オープンデータセット) ask for, so a row can be joined with other statistics.
 */
import { z } from "zod";
import { MunicipalitySchema } from "./municipality.ts";

const text = (title: string, description: string) => z.string().min(1).meta({ title, description });
const optionalText = (title: string, description: string) =>
  z.string().min(1).nullable().meta({ title, description });
const flag = (title: string, description: string) => z.boolean().meta({ title, description });
const fiscalYear = z.number().int().min(1989).max(2100);

const MEASURE_ID_PATTERN = new RegExp("^[a-z]+/[a-z0-9-]+/[A-Za-z0-9-]+$");
const PLAN_ID_PATTERN = new RegExp("^[a-z]+/[a-z0-9-]+$");

/** The three columns every table starts with. */
export const MunicipalityColumns = {
  municipality_code: z
    .string()
    .regex(/^\d{6}$/)
    .meta({
      title: "全国地方公共団体コード",
      description:
        '総務省の全国地方公共団体コード（6桁、末尾は検査数字）。練馬区は131202。ほかの統計と結び付けるときのキーです。数ではなく文字として読んでください（pandasならdtype={"municipality_code": str}）。',
    }),
  prefecture: text("都道府県名", "自治体のある都道府県の名前（東京都）。"),
  municipality_name: text("市区町村名", "自治体の名前（練馬区、小金井市、あきる野市）。"),
};

const measureId = z.string().regex(MEASURE_ID_PATTERN).meta({
  title: "施策ID",
  description:
    "施策を表す変わらないID（自治体/計画/番号、例：nerima/suicide-prevention-1/12）。表どうしを結び付けるキーです。",
});

export const PlanRowSchema = z
  .object({
    ...MunicipalityColumns,
    plan_id: z.string().regex(PLAN_ID_PATTERN).meta({
      title: "計画ID",
      description: "計画（資料）を表すID（自治体/計画、例：nerima/suicide-prevention-1）。",
    }),
    municipality: MunicipalitySchema.shape.id.meta({
      title: "自治体ID",
      description: "URLとIDに使う自治体の英字名。",
    }),
    plan: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .meta({ title: "計画の英字名", description: "URLに使う計画の英字名（自治体の中で一意）。" }),
    title: text("計画名", "このサイトでの計画の名前。"),
    kind: z.enum(["suicide-prevention", "strategic"]).meta({
      title: "計画の種類",
      description:
        "suicide-prevention：自殺対策計画。strategic：戦略計画（事業ごとの目標と計画）。",
    }),
    first_fiscal_year: fiscalYear.nullable().meta({
      title: "最初の年度",
      description: "資料が扱う最初の年度（開始年の西暦、令和元年度＝2019）。",
    }),
    last_fiscal_year: fiscalYear.nullable().meta({
      title: "最後の年度",
      description: "資料が扱う最後の年度（開始年の西暦）。",
    }),
    as_of: optionalText("時点", "数値がいつの時点のものかの説明。資料から読み取れないときは空。"),
    measure_count: z.number().int().min(0).meta({
      title: "施策数",
      description: "この計画の施策（事業・取組）の数。measures表の行数と同じです。",
    }),
    source_file: text("原資料ファイル", "原資料（PDFから取り出したテキスト）のファイル名。"),
    source_title: text("原資料名", "原資料の題名（印刷のとおり）。"),
    source_publisher: optionalText("発行者", "原資料の発行者（印刷のとおり）。記載がなければ空。"),
    source_date: optionalText("発行日", "原資料の発行日（YYYY-MM-DD）。資料に記載がなければ空。"),
  })
  .meta({
    title: "計画",
    description: "1行が1つの計画（1つの原資料）です。",
  });

export const MeasureRowSchema = z
  .object({
    ...MunicipalityColumns,
    measure_id: measureId,
    plan_id: z.string().regex(PLAN_ID_PATTERN).meta({
      title: "計画ID",
      description: "施策が載っている計画のID（plans表のplan_id）。",
    }),
    code: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/)
      .meta({
        title: "番号（キー）",
        description:
          "URLとIDに使う番号（半角）。印刷された番号の記号（ア、イ…）は含みません。印刷の形はprinted_codeを見てください。",
      }),
    printed_code: optionalText(
      "印刷された番号",
      "資料に印刷された番号を、記号（ア、イ…）まで含めて半角で（例：41ウ、7-1）。資料に番号がない施策は空。",
    ),
    site_code: optionalText(
      "このサイトが付けた番号",
      "資料に番号が印刷されていないため、このサイトが施策・見出し・行の順から付けた番号（例：あきる野市の1-1-3、j2-1）。印刷された番号がある施策は空。",
    ),
    sub_letter: optionalText("記号", "番号の横に印刷された記号（練馬区のア、イ…）。なければ空。"),
    title: text("施策名", "施策・事業・取組の名前（印刷のとおり）。"),
    path: text(
      "施策の体系",
      "施策の上の見出しを外側から順に「 > 」でつないだもの（例：基本施策1　地域における… > ①　…）。",
    ),
    category: z
      .string()
      .regex(/^[a-z-]+$/)
      .nullable()
      .meta({
        title: "国の分類",
        description:
          "国の地域自殺対策政策パッケージにもとづく分類のID（自殺対策計画のみ。戦略計画は空）。",
      }),
    category_name: optionalText("国の分類名", "国の分類の日本語名。"),
    division: optionalText("担当部", "担当の部（資料が担当課と別に印刷している場合のみ）。"),
    sections: optionalText(
      "担当課",
      "担当課・事業実施課（印刷のとおり）。複数のときは「 / 」で区切っています。記載がなければ空。",
    ),
    description: optionalText("内容", "取組内容・実施内容・内容（印刷のとおり）。"),
    goal: optionalText("目標・期待される効果", "目標・期待される効果（印刷のとおり）。"),
    plan_page: optionalText("計画書のページ", "計画書のページ（印刷のとおり、例：P17、P.32）。"),
    starred: flag("★印", "資料で★印が付いている事業（戦略計画）。意味は資料に書かれていません。"),
    repost_of: z.string().regex(MEASURE_ID_PATTERN).nullable().meta({
      title: "再掲元の施策ID",
      description: "この施策が再掲である場合、元の施策のmeasure_id。",
    }),
    repost_of_code: optionalText(
      "再掲元の番号",
      "再掲元がこのサイトで公開していない計画にある場合の、印刷された番号。",
    ),
    url: z.string().regex(new RegExp("^/[a-z]+/[a-z0-9-]+/[A-Za-z0-9-]+/$")).meta({
      title: "施策のページ",
      description:
        "この施策のページの固定URL（サイト内のパス、例：/nerima/suicide-prevention-1/12/）。",
    }),
    source_file: text("原資料ファイル", "施策が載っている原資料のファイル名。"),
    source_line_first: z.number().int().min(1).meta({
      title: "原資料の最初の行",
      description: "施策が載っている範囲の最初の行番号（1から数える）。",
    }),
    source_line_last: z.number().int().min(1).meta({
      title: "原資料の最後の行",
      description: "施策が載っている範囲の最後の行番号（その行を含む）。",
    }),
    notes: optionalText(
      "注記",
      "値を特定できなかった欄などの注意書き。複数のときは改行で区切っています。",
    ),
  })
  .meta({
    title: "施策",
    description:
      "1行が1つの施策（事業・取組）です。番号、名前、体系、担当課、内容、原資料の行など。",
  });

const unknownFlag = (column: string) =>
  flag(
    `${column}：不明`,
    `原資料にこの欄はあるが、値を確かに特定できなかったとき true（値は空）。空欄だったときの false と区別します。`,
  );

export const YearRecordRowSchema = z
  .object({
    ...MunicipalityColumns,
    measure_id: measureId,
    fiscal_year: fiscalYear.meta({
      title: "年度",
      description:
        "会計年度（4月～翌3月）の開始年の西暦（平成31年度＝令和元年度＝2019）。必ず入っています。",
    }),
    status: z.enum(["actual", "planned", "interim"]).meta({
      title: "記録の種類",
      description:
        "actual：年度を通した実績。interim：年度の途中までの実績。planned：予定（実績ではない）。",
    }),
    result: optionalText("実績", "実績・実施状況・取組進捗状況（印刷のとおり）。"),
    grade: z.enum(["A+", "A", "B"]).nullable().meta({
      title: "評価",
      description:
        "担当課による自己評価（A+：計画以上に進んだ、A：概ね計画どおり、B：遅れや修正が生じた）。課ごとに評価が分かれているときは空で、grades_by_section表にあります。",
    }),
    grades_by_section: flag(
      "課ごとの評価あり",
      "1つの欄に課ごとの評価が複数印刷されているとき true。評価はgrades_by_section表にあります。",
    ),
    achievement: optionalText(
      "達成度",
      "達成度（印刷のとおりの文字。「100」「実施」「９４団体」など）。",
    ),
    assessment: optionalText("進捗状況・課題", "進捗状況・課題、担当課の評価（印刷のとおり）。"),
    next_plan: optionalText("今後の予定", "今後の実施計画・次年度の予定（印刷のとおり）。"),
    result_unknown: unknownFlag("実績"),
    grade_unknown: unknownFlag("評価"),
    achievement_unknown: unknownFlag("達成度"),
    assessment_unknown: unknownFlag("進捗状況・課題"),
    next_plan_unknown: unknownFlag("今後の予定"),
  })
  .meta({
    title: "年度ごとの記録",
    description:
      "1行が1つの施策の1つの年度です（施策×年度）。実績、評価、達成度、進捗状況、今後の予定。戦略計画の事業は年度ごとの実績を載せていないので、この表には行がありません（計画値と目標はindicators表、事業費はbudgets表にあります）。",
  });

export const SectionGradeRowSchema = z
  .object({
    ...MunicipalityColumns,
    measure_id: measureId,
    fiscal_year: fiscalYear.meta({ title: "年度", description: "会計年度の開始年の西暦。" }),
    section: text("担当課", "評価を付けた課（欄に印刷されているとおり）。"),
    grade: z.enum(["A+", "A", "B"]).meta({
      title: "評価",
      description: "その課による自己評価（A+、A、B）。",
    }),
  })
  .meta({
    title: "課ごとの評価",
    description:
      "1行が1つの施策・年度・課の評価です。1つの欄に課ごとの評価が複数印刷されている場合だけ、ここに入ります。",
  });

export const IndicatorRowSchema = z
  .object({
    ...MunicipalityColumns,
    measure_id: measureId,
    indicator_no: z.number().int().min(1).meta({
      title: "指標の順番",
      description: "施策の中での指標の行の順番（1から）。",
    }),
    indicator: text("指標", "指標の行の名前（印刷のとおり）。"),
    value_no: z.number().int().min(1).meta({
      title: "値の順番",
      description: "指標の行の中での値の順番（1から、資料の列の順）。",
    }),
    kind: z.enum(["baseline", "plan", "target", "total"]).meta({
      title: "値の種類",
      description: "baseline：現況。plan：その年度の計画。target：目標。total：計。",
    }),
    fiscal_year: fiscalYear.nullable().meta({
      title: "年度",
      description: "値の年度（開始年の西暦）。計など年度のない値は空。",
    }),
    value: optionalText(
      "値",
      "印刷された値の文字のまま（数字に変換していません）。特定できなかった値は空で、value_unknownがtrue。",
    ),
    value_unknown: unknownFlag("値"),
  })
  .meta({
    title: "指標の値",
    description:
      "1行が1つの指標の1つの値です（戦略計画の現況・計画・目標・計）。値は印刷された文字のままです。",
  });

export const BudgetRowSchema = z
  .object({
    ...MunicipalityColumns,
    measure_id: measureId,
    budget_no: z.number().int().min(1).meta({
      title: "順番",
      description: "施策の中での事業費の欄の順番（1から、資料の列の順）。",
    }),
    kind: z.enum(["fiscal_year", "total"]).meta({
      title: "種類",
      description: "fiscal_year：その年度の事業費。total：資料に印刷された計（年度は空）。",
    }),
    fiscal_year: fiscalYear.nullable().meta({
      title: "年度",
      description: "事業費の年度（開始年の西暦）。kindがtotalの行は空。",
    }),
    million_yen: z.number().min(0).meta({
      title: "事業費（百万円）",
      description: "事業費。単位は百万円（印刷のとおりの数値）。",
    }),
  })
  .meta({
    title: "事業費",
    description: "1行が1つの施策の1つの年度の事業費（百万円）、または資料に印刷された計です。",
  });

export type PlanRow = z.infer<typeof PlanRowSchema>;
export type MeasureRow = z.infer<typeof MeasureRowSchema>;
export type YearRecordRow = z.infer<typeof YearRecordRowSchema>;
export type SectionGradeRow = z.infer<typeof SectionGradeRowSchema>;
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
export type BudgetRow = z.infer<typeof BudgetRowSchema>;
