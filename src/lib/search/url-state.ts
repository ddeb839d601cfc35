/**
 * The state of /search/ as a URL, so a search can be shared: `?q=…&municipality=練馬区&grade=A
 * &gradeYear=2023`. Values repeat for several choices in one group (any of them matches).
 */
import { normalizeQuery } from "./query.ts";

/** Filter groups a reader picks values in (gradeYear is a single year that narrows grade). */
export const UI_GROUPS = [
  "municipality",
  "plan",
  "category",
  "department",
  "grade",
  "year",
] as const;
export type UiGroup = (typeof UI_GROUPS)[number];

export interface SearchState {
  q: string;
  selected: Record<UiGroup, string[]>;
  /** A fiscal year ("2023") the chosen grades must have been given in; null = any year. */
  gradeYear: string | null;
}

export function emptyState(): SearchState {
  return {
    q: "",
    selected: { municipality: [], plan: [], category: [], department: [], grade: [], year: [] },
    gradeYear: null,
  };
}

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = normalizeQuery(params.get("q") ?? "");
  for (const group of UI_GROUPS) state.selected[group] = [...new Set(params.getAll(group))];
  const year = params.get("gradeYear");
  state.gradeYear = year && /^\d{4}$/.test(year) ? year : null;
  return state;
}

/** The query string for a state, `?`-prefixed, or "" when nothing is chosen. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const group of UI_GROUPS) for (const v of state.selected[group]) params.append(group, v);
  if (state.gradeYear) params.set("gradeYear", state.gradeYear);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function hasSelection(state: SearchState): boolean {
  return UI_GROUPS.some((g) => state.selected[g].length > 0) || state.gradeYear !== null;
}

type AnyOf = { any: string[] };

/**
 * pagefind's filter object: OR inside a group, AND across groups. With a grade year, grades
 * are matched as `year:grade` (the gradeYear filter); with a year but no grade, any grade
 * given in that year (from `knownGradeYears`, the gradeYear values the index holds).
 */
export function toPagefindFilters(
  state: SearchState,
  knownGradeYears: readonly string[],
): Record<string, AnyOf> {
  const filters: Record<string, AnyOf> = {};
  for (const group of UI_GROUPS) {
    if (group === "grade" && state.gradeYear !== null) continue;
    const values = state.selected[group];
    if (values.length > 0) filters[group] = { any: values };
  }
  if (state.gradeYear !== null) {
    const prefix = `${state.gradeYear}:`;
    const grades = state.selected.grade;
    const values =
      grades.length > 0
        ? grades.map((g) => prefix + g)
        : knownGradeYears.filter((v) => v.startsWith(prefix));
    // A year no measure was graded in matches nothing, not everything.
    filters["gradeYear"] = { any: values.length > 0 ? values : [`${prefix}none`] };
  }
  return filters;
}
