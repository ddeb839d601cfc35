export * from "./measure.ts";
export * from "./plan.ts";
export * from "./municipality.ts";
export * from "./category.ts";
export * from "./source.ts";
export * from "./dataset.ts";
export * from "./curation.ts";
