import { z } from "zod";

/** One national guideline category (地域自殺対策政策パッケージ) used for comparison. */
export const CategorySchema = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  label: z.string().min(1),
});

/** Maps a plan section (and, where needed, a single measure) to a category, with the reason. */
export const CategoryRuleSchema = z.object({
  municipality: z.string().min(1),
  plan: z.string().min(1),
  /** Path of the section as `kind/number`, e.g. "基本施策/1" or "重点施策/3/④"; or a measure code. */
  section: z.string().min(1).optional(),
  measure: z.string().min(1).optional(),
  category: z.string().min(1),
  reason: z.string().min(1),
});

export const CategoriesFileSchema = z.object({
  categories: z.array(CategorySchema),
  rules: z.array(CategoryRuleSchema),
});

export type Category = z.infer<typeof CategorySchema>;
export type CategoryRule = z.infer<typeof CategoryRuleSchema>;
export type CategoriesFile = z.infer<typeof CategoriesFileSchema>;
