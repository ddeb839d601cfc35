/** Static paths of the per-measure citation files (/cite/{municipality}/{plan}/{code}.*). */
import { getSiteData } from "./content.ts";
import { readDataVersion } from "./dataset-meta.ts";
import { citableMeasure } from "./measure-citation.ts";
import type { CitableMeasure } from "./citation-formats.ts";

export async function citePaths() {
  const site = new URL(import.meta.env.SITE);
  const data = await getSiteData();
  const version = readDataVersion().version;
  return data.measures.flatMap((measure) => {
    const plan = data.plans.find(
      (p) => p.municipality === measure.municipality && p.slug === measure.plan,
    );
    const municipality = data.municipalities.find((m) => m.id === measure.municipality);
    if (!plan || !municipality) return [];
    return [
      {
        params: { municipality: measure.municipality, plan: measure.plan, code: measure.code },
        props: { citable: citableMeasure(measure, plan, municipality, site, version) },
      },
    ];
  });
}

export type CiteProps = { citable: CitableMeasure };
