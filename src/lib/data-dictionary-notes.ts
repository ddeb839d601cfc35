/**
 * Descriptions for the contract's fields whose zod schema carries no JSDoc or .describe() (taken
 * from docs/data-contract.md). Only such fields may be listed: data-dictionary.test.ts fails when a key
 * is not a field, or when the schema has since gained its own description (then delete the key).
 */
export const FIELD_NOTES: Readonly<Record<string, string>> = {
  schemaVersion: "Semver of the contract; a breaking change bumps the major.",
  municipalities: "The municipalities covered.",
  plans: "The published reports (one per source document).",
  measures: "Every measure of every plan, in plan order then printed-code order.",
  "municipalities[].id": "Slug used in every URL and id.",
  "municipalities[].prefecture": "Prefecture (都道府県) as written in Japanese.",
  "municipalities[].name": "Name in Japanese (練馬区).",
  "municipalities[].nameEn": "Name in English (Nerima).",
  "plans[].municipality": "municipalities[].id of the publishing municipality.",
  "plans[].title": "Plan title shown on the site.",
  "plans[].kind":
    "suicide-prevention: a suicide-prevention plan (measures carry a category); strategic: a strategic plan.",
  "plans[].grades":
    "The grade legend exactly as the plan prints it; empty when the plan prints no grades.",
  "plans[].source": "The source document.",
  "plans[].source.publisher": "Publisher as printed (e.g. 練馬区健康部), or null.",
  "measures[].municipality": "municipalities[].id.",
  "measures[].plan": "plans[].id within the municipality.",
  "measures[].title": "Name of the measure (施策・事業名) as printed.",
  "measures[].path":
    "Headings above the measure, outermost first: 基本施策/重点施策 → sub-heading.",
  "measures[].description": "取組内容 / 実施内容 / 内容.",
  "measures[].goal": "目標・期待される効果.",
  "measures[].planPage": 'Page of the plan document as printed, e.g. "P17", "P.32".',
  "measures[].years": "One record per fiscal year the source prints.",
  "measures[].indicators": "Indicator rows (strategic plans): baseline, plans, targets.",
  "measures[].budget": "Budget per fiscal year in million yen, as printed (strategic plans).",
  "measures[].source":
    "Where the measure is printed: file and line range, checked by the data check.",
  "measures[].path[].title": "Heading text as printed.",
  "measures[].indicators[].values": "The printed cells of the row.",
  "measures[].indicators[].values[].kind":
    "baseline (現状), plan (a year's plan), target (目標), total (計).",
  "measures[].budget[].millionYen": "Amount in million yen (百万円) as printed.",
};
