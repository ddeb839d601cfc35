import { z } from "zod";

export const MunicipalitySchema = z.object({
  id: z.enum(["nerima", "koganei", "akiruno"]),
  /** 6-digit 全国地方公共団体コード (with check digit). */
  code: z.string().regex(/^\d{6}$/),
  prefecture: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().min(1),
});

export type Municipality = z.infer<typeof MunicipalitySchema>;
