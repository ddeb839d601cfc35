import { z } from "zod";

/** A 1-based, inclusive line range in one source file. */
export const LineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()])
  .refine(([from, to]) => from <= to, { message: "line range must not run backwards" })
  .describe("1-based inclusive [first, last] line numbers in the source file");

/** Gregorian start year of a Japanese fiscal year (April–March). 平成31年度 = 2019. */
export const FiscalYearSchema = z
  .number()
  .int()
  .min(1989)
  .max(2100)
  .describe("Japanese fiscal year stored as its Gregorian start year (令和元年度 = 2019)");

/** One printed self-assessment grade, as the plan's legend defines it. */
export const GradeSchema = z.enum(["A+", "A", "B"]).describe("self-assessed grade as printed");

export const SectionGradeSchema = z
  .object({
    /** The section the grade belongs to, as printed in the cell (e.g. 広聴広報課). */
    department: z.string().min(1),
    grade: GradeSchema,
  })
  .strict();

export const YearRecordSchema = z
  .object({
    fiscalYear: FiscalYearSchema,
    /** actual: a full-year result; interim: part of the year only; planned: a plan, not a result. */
    status: z.enum(["actual", "planned", "interim"]),
    /** 実績 / 実施状況 / 取組進捗状況 */
    result: z.string().min(1).nullable(),
    /** The plan's own grade for the year — a self-assessment, never ours. */
    grade: GradeSchema.nullable(),
    /** When one cell holds several grades, one per responsible section. */
    gradesBySection: z.array(SectionGradeSchema).min(2).nullable(),
    /** 達成度 exactly as printed ("100", "実施", "９４団体"). Never coerced to a number. */
    achievement: z.string().min(1).nullable(),
    /** 進捗状況・課題 / 担当課の評価 */
    assessment: z.string().min(1).nullable(),
    /** 今後の実施計画 / 令和６年度予定 */
    nextPlan: z.string().min(1).nullable(),
  })
  .strict();

export const IndicatorValueSchema = z
  .object({
    kind: z.enum(["baseline", "plan", "target", "total"]),
    fiscalYear: FiscalYearSchema.nullable(),
    /** The cell as printed; null when the cell could not be placed (see the measure's notes). */
    value: z.string().min(1).nullable(),
  })
  .strict();

export const IndicatorSchema = z
  .object({
    /** The row label as printed. */
    name: z.string().min(1),
    values: z.array(IndicatorValueSchema),
  })
  .strict();

export const BudgetSchema = z
  .object({
    /** null = the printed total */
    fiscalYear: FiscalYearSchema.nullable(),
    millionYen: z.number().nonnegative(),
  })
  .strict();

export const PathStepSchema = z
  .object({
    /** 基本施策 / 重点施策 / 施策の柱 / 戦略計画 / sub-heading … */
    kind: z.string().min(1),
    /** The number as printed, half-width ("1", "①" stays "①"), or null. */
    number: z.string().min(1).nullable(),
    title: z.string().min(1),
  })
  .strict();

/** The cells of a year record, in the order a report prints them. */
export const YEAR_FIELDS = ["result", "grade", "achievement", "assessment", "nextPlan"] as const;
export type YearField = (typeof YEAR_FIELDS)[number];

/** A year cell named by fiscal year and field, as a reader finds it in the printed table. */
export const YearCellRefSchema = z
  .object({
    /** Fiscal year of the cell (Gregorian start year). */
    fiscalYear: FiscalYearSchema,
    /** Which cell of that year: result, grade, achievement, assessment or nextPlan. */
    field: z.enum(YEAR_FIELDS),
  })
  .strict();

export const PrintedReferenceSchema = z
  .object({
    /** The cell that prints the reference (its value stays as printed, e.g. 「同左」). */
    cell: YearCellRefSchema,
    /** The cell the site reads the reference as pointing to — the site's reading, not printed. */
    refersTo: YearCellRefSchema,
    /** Why the site reads it so, in plain Japanese, shown on the page beside the reading. */
    reason: z.string().min(1),
  })
  .strict();

export const SourceRefSchema = z
  .object({
    /** Original file name of the source, as in data/sources/manifest.json. */
    file: z.string().min(1),
    lines: LineRangeSchema,
  })
  .strict();

export const MeasureSchema = z
  .object({
    /** Stable forever: `${municipality}/${plan}/${code}`. */
    id: z.string().regex(/^[a-z]+\/[a-z0-9-]+\/[A-Za-z0-9-]+$/),
    /** Site-relative permalink, e.g. /nerima/suicide-prevention-1/12/ */
    url: z.string().regex(/^\/[a-z]+\/[a-z0-9-]+\/[A-Za-z0-9-]+\/$/),
    municipality: z.string().min(1),
    plan: z.string().min(1),
    /** Number as printed, half-width: "12", "7-1", "1-1-3". */
    code: z.string().regex(/^[A-Za-z0-9-]+$/),
    title: z.string().min(1),
    path: z.array(PathStepSchema),
    /** National guideline category id (data/categories.json); null for strategic plans. */
    category: z.string().min(1).nullable(),
    /** 担当課 / 事業実施課 as printed. */
    departments: z.array(z.string().min(1)),
    /** 担当部署 (部) where the source prints it separately from 担当課. */
    division: z.string().min(1).nullable().default(null),
    description: z.string().min(1).nullable(),
    goal: z.string().min(1).nullable(),
    planPage: z.string().min(1).nullable(),
    /** Sub-letter printed next to the number (Nerima: ア, イ …). */
    subLetter: z.string().min(1).nullable().default(null),
    /**
     * true when the source prints no number for the item and the site assigned `code` (Akiruno:
     * section, sub-section and row order, e.g. j4-1). Pages and citations say so beside the code.
     */
    codeAssigned: z.boolean().default(false),
    /** ★ printed next to the item (strategic plans). */
    starred: z.boolean().default(false),
    /** id of the measure this one reposts (再掲). */
    repostOf: z.string().min(1).nullable(),
    /** Printed code of a reposted item whose plan we do not publish. */
    repostOfCode: z.string().min(1).nullable().default(null),
    years: z.array(YearRecordSchema),
    /**
     * Cells printed as a reference to another cell (Nerima's 令和６年度予定 「同左」, "same as
     * left"): the cell keeps the printed text; this says which cell the site reads it as, and why.
     */
    printedReferences: z.array(PrintedReferenceSchema).default([]),
    indicators: z.array(IndicatorSchema),
    budget: z.array(BudgetSchema),
    source: SourceRefSchema,
    /**
     * Narrower line ranges for single values, keyed by JSON path inside the measure
     * (e.g. "years.0.result", "indicators.1.values.2.value"). The data check proves each
     * value against these lines instead of the whole measure range.
     */
    fieldLines: z.record(z.string(), LineRangeSchema).default({}),
    /** JSON paths whose value comes from a curation entry rather than the parser. */
    curatedFields: z.array(z.string()).default([]),
    /**
     * JSON paths of cells the source prints but whose value could not be placed with confidence.
     * Each is null in the data and shown as unknown — never as an empty cell; a note says why.
     */
    unknownFields: z.array(z.string()).default([]),
    /** Caveats shown on the page (a cell that could not be placed, a word the extraction lost). */
    notes: z.array(z.string().min(1)),
  })
  .strict();

export type LineRange = z.infer<typeof LineRangeSchema>;
export type Grade = z.infer<typeof GradeSchema>;
export type YearRecord = z.infer<typeof YearRecordSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Budget = z.infer<typeof BudgetSchema>;
export type PathStep = z.infer<typeof PathStepSchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type PrintedReference = z.infer<typeof PrintedReferenceSchema>;
/** A measure as a parser writes it: defaults may be omitted. */
export type MeasureInput = z.input<typeof MeasureSchema>;
