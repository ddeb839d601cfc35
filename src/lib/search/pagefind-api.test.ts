import { describe, expect, it } from "vitest";
import { SearchRouter, type PagefindApi, type PagefindResponse } from "./pagefind-api.ts";

const answer = (id: string): PagefindResponse => ({
  results: [{ id, score: 1, data: async () => ({ url: id, content: "", meta: {}, filters: {} }) }],
  unfilteredResultCount: 1,
  filters: {},
  totalFilters: {},
});

function router(): { api: SearchRouter; calls: string[] } {
  const calls: string[] = [];
  const pagefind: PagefindApi = {
    options: async () => undefined,
    init: async () => undefined,
    filters: async () => {
      calls.push("pagefind filters");
      return {};
    },
    search: async () => {
      calls.push("pagefind");
      return answer("pagefind");
    },
  };
  const site = {
    search: async () => {
      calls.push("site");
      return answer("site");
    },
  };
  return { api: new SearchRouter(pagefind, site), calls };
}

describe("SearchRouter", () => {
  it("answers an unfiltered search from the whole-site index, never loading pagefind", async () => {
    const { api, calls } = router();
    await api.search("abcdefgh", { filters: {} });
    expect(calls).toEqual(["site"]);
  });
  it("sends a search with any filter chosen to pagefind", async () => {
    const { api, calls } = router();
    await api.search("abcdefgh", { filters: { municipality: { any: ["練馬区"] } } });
    await api.search("abcdefgh", { filters: { grade: { any: ["A"] } } });
    await api.search(null, { filters: { grade: { any: ["A"] } } });
    expect(calls).toEqual(["pagefind", "pagefind", "pagefind"]);
  });
  it("sends every search to pagefind once the filters are open, so their counts are right", async () => {
    const { api, calls } = router();
    await api.filters();
    await api.search("abcdefgh", { filters: {} });
    expect(calls).toEqual(["pagefind filters", "pagefind"]);
  });
});
