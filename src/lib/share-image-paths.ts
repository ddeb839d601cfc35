/** Where the share images (1200×630 PNG, built by scripts/build-share-images.ts) are published. */

/** /og/{municipality}/{plan}/{code}.png for a measure id municipality/plan/code. */
export function sharePngUrl(id: string): string {
  return `/og/${id}.png`;
}

/** /og/{municipality}/{plan}.png */
export function planSharePngUrl(municipality: string, plan: string): string {
  return `/og/${municipality}/${plan}.png`;
}

/** The card of every other page. */
export const SITE_SHARE_PNG = "/og/site.png";
