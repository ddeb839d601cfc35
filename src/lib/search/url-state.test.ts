import { describe, expect, it } from "vitest";
import { emptyState, parseState, serializeState, toPagefindFilters } from "./url-state.ts";

describe("parseState / serializeState", () => {
  it("round-trips a query with filters", () => {
    const search =
      "?q=%E8%87%AA%E6%AE%BA&municipality=%E7%B7%B4%E9%A6%AC%E5%8C%BA&grade=A&grade=B&gradeYear=2023";
    const state = parseState(search);
    expect(state.q).toBe("自殺");
    expect(state.selected.municipality).toEqual(["練馬区"]);
    expect(state.selected.grade).toEqual(["A", "B"]);
    expect(state.gradeYear).toBe("2023");
    expect(parseState(serializeState(state))).toEqual(state);
  });
  it("normalizes the query and ignores a malformed year", () => {
    const state = parseState("?q=%EF%BC%A4%EF%BC%B6&gradeYear=R5");
    expect(state.q).toBe("DV");
    expect(state.gradeYear).toBeNull();
  });
  it("is empty for an empty state", () => {
    expect(serializeState(emptyState())).toBe("");
  });
});

describe("toPagefindFilters", () => {
  const known = ["2022:A", "2023:A", "2023:B"];
  it("is OR inside a group", () => {
    const state = emptyState();
    state.selected.municipality = ["練馬区", "小金井市"];
    expect(toPagefindFilters(state, known)).toEqual({
      municipality: { any: ["練馬区", "小金井市"] },
    });
  });
  it("matches grades in the chosen year only", () => {
    const state = emptyState();
    state.selected.grade = ["A"];
    state.gradeYear = "2023";
    expect(toPagefindFilters(state, known)).toEqual({ gradeYear: { any: ["2023:A"] } });
  });
  it("with a year and no grade, is any grade of that year", () => {
    const state = emptyState();
    state.gradeYear = "2023";
    expect(toPagefindFilters(state, known)).toEqual({ gradeYear: { any: ["2023:A", "2023:B"] } });
  });
  it("matches nothing for a year without grades", () => {
    const state = emptyState();
    state.gradeYear = "2030";
    expect(toPagefindFilters(state, known)).toEqual({ gradeYear: { any: ["2030:none"] } });
  });
});
