/** The metadata a search result shows, stored with each measure in the index. */
import type { Measure } from "../../schemas/measure.ts";
import { displayCode } from "../codes.ts";
import type { MeasureContext } from "./fields.ts";

/** Meta key of the readable text a result's excerpt is cut from (set by index-text.ts). */
export const EXCERPT_META = "text";

export interface MeasureSearchMeta {
  title: string;
  municipality: string;
  plan: string;
  /** The code as printed, with the sub-letter when there is one (12ア), or marked as the site's. */
  code: string;
}

export function searchMeta(measure: Measure, context: MeasureContext): MeasureSearchMeta {
  return {
    title: measure.title,
    municipality: context.municipalityName,
    plan: context.planTitle,
    code: displayCode(measure),
  };
}

/** Read result metadata back, tolerating a page indexed without it. */
export function readSearchMeta(meta: Record<string, string | undefined>): MeasureSearchMeta {
  return {
    title: meta["title"] ?? "",
    municipality: meta["municipality"] ?? "",
    plan: meta["plan"] ?? "",
    code: meta["code"] ?? "",
  };
}
