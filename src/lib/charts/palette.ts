/**
 * Colour-blind-safe fills (Okabe–Ito) with a text colour that keeps 4.5:1 contrast. Colour never
 * carries meaning alone: every cell also prints its letter or value.
 */
export interface Swatch {
  fill: string;
  ink: string;
  /** Dashed outline for "no value" kinds, so they differ from filled cells in greyscale too. */
  dashed?: boolean;
}

export const SWATCHES: Readonly<Record<string, Swatch>> = {
  "A+": { fill: "#0072B2", ink: "#ffffff" },
  A: { fill: "#56B4E9", ink: "#1b1b1b" },
  B: { fill: "#E69F00", ink: "#1b1b1b" },
  sections: { fill: "#CC79A7", ink: "#1b1b1b" },
  done: { fill: "#009E73", ink: "#1b1b1b" },
  "not-done": { fill: "#D55E00", ink: "#1b1b1b" },
  other: { fill: "#F0E442", ink: "#1b1b1b" },
  baseline: { fill: "#e4e4e4", ink: "#1b1b1b" },
  plan: { fill: "#56B4E9", ink: "#1b1b1b" },
  target: { fill: "#E69F00", ink: "#1b1b1b" },
  total: { fill: "#ffffff", ink: "#1b1b1b" },
  budget: { fill: "#0072B2", ink: "#1b1b1b" },
  none: { fill: "#ffffff", ink: "#444444", dashed: true },
  missing: { fill: "#f0f0f0", ink: "#444444", dashed: true },
};

export function swatch(key: string): Swatch {
  return SWATCHES[key] ?? { fill: "#dddddd", ink: "#1b1b1b" };
}
