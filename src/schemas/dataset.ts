import { z } from "zod";
import { MeasureSchema } from "./measure.ts";
import { MunicipalitySchema } from "./municipality.ts";
import { PlanSchema } from "./plan.ts";

/** Bumped on any breaking change to the published contract (semver). */
export const SCHEMA_VERSION = "1.0.0";

/** The public bulk download: /data/measures.json. */
export const DatasetSchema = z.object({
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  municipalities: z.array(MunicipalitySchema),
  plans: z.array(PlanSchema),
  measures: z.array(MeasureSchema),
});

export type Dataset = z.infer<typeof DatasetSchema>;
