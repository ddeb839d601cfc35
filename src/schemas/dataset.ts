import { z } from "zod";
import { MeasureSchema } from "./measure.ts";
import { MunicipalitySchema } from "./municipality.ts";
import { PlanSchema } from "./plan.ts";

/**
 * The published contract's version (semver): minor for an added field, major for a renamed or
 * dropped field or a changed type or meaning (docs/data-contract.md#versioning). 1.1.0 added
 * dataVersion, license, codeAssigned and printedReferences.
 */
export const SCHEMA_VERSION = "1.1.0";

/** The licence of the published data. */
export const DatasetLicenseSchema = z.object({
  /** SPDX identifier (CC-BY-4.0). */
  id: z.string().min(1),
  /** The licence text. */
  url: z.url(),
});

/** The public bulk download: /data/measures.json. */
export const DatasetSchema = z.object({
  schemaVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** Version of the data: release date + short content hash (src/lib/dataset-meta.ts). */
  dataVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/),
  /** Licence of this normalized data (the source documents stay the municipalities' works). */
  license: DatasetLicenseSchema,
  municipalities: z.array(MunicipalitySchema),
  plans: z.array(PlanSchema),
  measures: z.array(MeasureSchema),
});

export type Dataset = z.infer<typeof DatasetSchema>;
