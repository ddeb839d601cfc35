import { z } from "zod";

/** Column names a municipality's reports print for year cells, where they differ from the defaults. */
export const YearFieldLabelsSchema = z
  .object({
    /** 実績 / 実施状況 / 取組進捗状況 */
    result: z.string().min(1),
    /** 評価 */
    grade: z.string().min(1),
    /** 達成度 */
    achievement: z.string().min(1),
    /** 進捗状況・課題 / 担当課の評価 */
    assessment: z.string().min(1),
    /** 今後の予定 / 今後の実施計画 */
    nextPlan: z.string().min(1),
  })
  .partial()
  .strict();

/**
 * One municipality: an entry of data/municipalities.json, the only place a municipality is
 * defined. Its position in the file is its order on the site; ids used anywhere else (plans,
 * measures, sources, ingesters) must be listed here, or the ingest and the data check stop.
 */
export const MunicipalitySchema = z
  .object({
    // URL slug, lower-case ASCII (nerima, koganei, akiruno); the list is data/municipalities.json.
    id: z.string().regex(/^[a-z]+$/),
    /** 6-digit 全国地方公共団体コード (with check digit). */
    code: z.string().regex(/^\d{6}$/),
    prefecture: z.string().min(1),
    name: z.string().min(1),
    nameEn: z.string().min(1),
    /** Year-cell column names as this municipality's reports print them (pages, notes). */
    yearFieldLabels: YearFieldLabelsSchema.default({}),
  })
  .strict();

/** data/municipalities.json */
export const MunicipalitiesFileSchema = z
  .object({ municipalities: z.array(MunicipalitySchema).min(1) })
  .strict();

export type Municipality = z.infer<typeof MunicipalitySchema>;
export type YearFieldLabels = Record<keyof z.infer<typeof YearFieldLabelsSchema>, string>;

/** The registry entry for `id`, or a clear error naming data/municipalities.json. */
export function requireMunicipality<M extends { id: string }>(
  municipalities: readonly M[],
  id: string,
  where: string,
): M {
  const found = municipalities.find((m) => m.id === id);
  if (!found) {
    const known = municipalities.map((m) => m.id).join(", ");
    throw new Error(
      `${where}: municipality "${id}" is not in data/municipalities.json (known: ${known}); add its entry there first`,
    );
  }
  return found;
}
