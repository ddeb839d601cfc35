/**
 * The /search/ page in the browser: reads the state from the URL, runs pagefind with our
 * bigram query (src/lib/search/query.ts) and filters, renders results with excerpts, and keeps
 * the URL in step so a search can be shared. No framework; pagefind is loaded on demand.
 */
import { formatFiscalYear } from "../../lib/fiscal-year.ts";
import { formatGrade } from "../../lib/format.ts";
import { buildExcerpt, matchedFiscalYear } from "../../lib/search/excerpt.ts";
import { FILTERS, splitMunicipalityValue } from "../../lib/search/filters.ts";
import { EXCERPT_META, readSearchMeta } from "../../lib/search/meta.ts";
import {
  loadPagefind,
  type FilterCounts,
  type PagefindApi,
  type PagefindResult,
} from "../../lib/search/pagefind-api.ts";
import { queryWords, toPagefindQuery } from "../../lib/search/query.ts";
import {
  hasSelection,
  parseState,
  serializeState,
  toPagefindFilters,
  UI_GROUPS,
  type SearchState,
  type UiGroup,
} from "../../lib/search/url-state.ts";

const PAGE_SIZE = 20;
const GRADE_ORDER = ["A+", "A", "B"];
/** Groups whose values start with the municipality (`練馬区 健康課`): shown under its name. */
const BY_MUNICIPALITY: ReadonlySet<UiGroup> = new Set(["plan", "department"]);
/** Long groups hide values with no result; short ones grey them so the choice stays visible. */
const HIDE_EMPTY: ReadonlySet<UiGroup> = new Set(["department"]);

function must<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`search page: ${selector} is missing`);
  return el;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<"className" | "textContent", string>> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.textContent) node.textContent = props.textContent;
  node.append(...children);
  return node;
}

function valueLabel(group: UiGroup, value: string): string {
  if (group === "grade") return formatGrade(value);
  return group === "year" ? formatFiscalYear(Number(value)) : value;
}

function sortValues(group: UiGroup, totals: Record<string, number>): string[] {
  const values = Object.keys(totals);
  if (group === "year") return values.sort((a, b) => Number(a) - Number(b));
  if (group === "grade")
    return values.sort((a, b) => GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b));
  return values.sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || a.localeCompare(b, "ja"));
}

/** What the status line says when the index cannot be read (a file missing or not answering). */
const SEARCH_FAILED =
  "検索の索引を読み込めず、検索できませんでした。ページを読み込み直すか、下の一覧から探してください。";

class SearchPage {
  private state: SearchState;
  private pagefind: Promise<PagefindApi> | null = null;
  private knownGradeYears: string[] = [];
  private results: PagefindResult[] = [];
  private shown = 0;
  private runId = 0;
  private timer: number | undefined;
  /** Count spans per group and value, updated after each search. */
  private countSpans = new Map<string, HTMLElement>();

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.state = parseState(location.search);
  }

  private get input(): HTMLInputElement {
    return must(this.root, "[data-search-input]");
  }

  start(): void {
    must<HTMLElement>(this.root, "[data-search-nojs]").hidden = true;
    must<HTMLElement>(this.root, "[data-search-ui]").hidden = false;
    this.input.value = this.state.q;
    const form = must<HTMLFormElement>(this.root, "[data-search-form]");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.setQuery(this.input.value, 0);
    });
    this.input.addEventListener("input", (event) => {
      if ((event as InputEvent).isComposing) return; // wait for the IME to commit
      this.setQuery(this.input.value, 300);
    });
    this.input.addEventListener("compositionend", () => this.setQuery(this.input.value, 300));
    this.input.addEventListener("focus", () => void this.load(), { once: true });
    const filters = this.root.querySelector<HTMLDetailsElement>("details");
    filters?.addEventListener("toggle", () => {
      if (filters.open) void this.loadFilters();
    });
    must<HTMLButtonElement>(this.root, "[data-search-more]").addEventListener("click", () => {
      void this.showMore();
    });
    if (this.state.q || hasSelection(this.state)) void this.run();
  }

  private load(): Promise<PagefindApi> {
    this.pagefind ??= loadPagefind();
    return this.pagefind;
  }

  private filtersShown: Promise<void> | null = null;

  /** Filter values and counts load when the reader opens the filters, not with every search. */
  private loadFilters(): Promise<void> {
    this.filtersShown ??= this.load().then(async (pagefind) => {
      this.renderFilters(await pagefind.filters());
      // Counts for the search on screen (it ran before the filter values were loaded).
      if (this.state.q || hasSelection(this.state)) void this.run();
    });
    return this.filtersShown;
  }

  private setQuery(raw: string, delay: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      const next = parseState(`?q=${encodeURIComponent(raw)}`).q;
      if (next === this.state.q && delay > 0) return;
      this.state.q = next;
      void this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    const id = ++this.runId;
    history.replaceState(null, "", `${location.pathname}${serializeState(this.state)}`);
    const term = toPagefindQuery(this.state.q);
    if (term === null && !hasSelection(this.state)) {
      this.renderResults([], "検索語を入力するか、条件を選んでください。");
      return;
    }
    this.setStatus("検索しています…");
    try {
      const pagefind = await this.load();
      // A grade year without a grade means any grade given that year: needs the known values.
      if (this.state.gradeYear !== null && this.state.selected.grade.length === 0)
        await this.loadFilters();
      const response = await pagefind.search(term, {
        filters: toPagefindFilters(this.state, this.knownGradeYears),
      });
      if (id !== this.runId || !response) return; // a newer search has started
      this.updateCounts(response.filters);
      this.renderResults(response.results, this.summary(response.results.length));
    } catch (error) {
      // An index file that does not load must not read as "no measure matched".
      console.error(error);
      if (id !== this.runId) return;
      this.renderResults([], SEARCH_FAILED);
    }
  }

  private summary(count: number): string {
    const what = this.state.q ? `「${this.state.q}」` : "選んだ条件";
    const narrowed = hasSelection(this.state) && this.state.q ? "（絞り込み中）" : "";
    return count === 0
      ? `${what}に当てはまる施策は見つかりませんでした${narrowed}。`
      : `${what}の検索結果：${count}件${narrowed}`;
  }

  private setStatus(text: string): void {
    must<HTMLElement>(this.root, "[data-search-status]").textContent = text;
  }

  private renderResults(results: PagefindResult[], status: string): void {
    this.results = results;
    this.shown = 0;
    must<HTMLElement>(this.root, "[data-search-results]").replaceChildren();
    this.setStatus(status);
    void this.showMore();
  }

  private async showMore(): Promise<void> {
    const id = this.runId;
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (id !== this.runId) return;
    const words = queryWords(this.state.q);
    const list = must<HTMLElement>(this.root, "[data-search-results]");
    for (const fragment of fragments) {
      const meta = readSearchMeta(fragment.meta);
      const link = el("a", { textContent: meta.title || fragment.url });
      link.href = fragment.url;
      const excerpt = el("p", { className: "result__excerpt" });
      const text = fragment.meta[EXCERPT_META] ?? fragment.content;
      for (const part of buildExcerpt(text, words, { after: meta.title })) {
        excerpt.append(part.mark ? el("mark", { textContent: part.text }) : part.text);
      }
      const where = `${meta.municipality}　${meta.plan}　施策 ${meta.code}`;
      // The excerpt text carries the 【year】 headings (index-text.ts excerptText); a fragment's
      // content is only the index's words.
      const year = matchedFiscalYear(text, words);
      list.append(
        el("li", { className: "result" }, [
          el("p", { className: "result__where", textContent: where }),
          el("h2", { className: "result__title" }, [link]),
          ...(year === null
            ? []
            : [
                el("p", {
                  className: "result__year",
                  textContent: `${formatFiscalYear(year)}の記載から`,
                }),
              ]),
          excerpt,
        ]),
      );
    }
    this.shown += batch.length;
    const more = must<HTMLButtonElement>(this.root, "[data-search-more]");
    more.hidden = this.shown >= this.results.length;
    more.textContent = `さらに表示（残り${this.results.length - this.shown}件）`;
  }

  private renderFilters(totals: FilterCounts): void {
    this.knownGradeYears = Object.keys(totals["gradeYear"] ?? {});
    const box = must<HTMLElement>(this.root, "[data-search-filters]");
    box.replaceChildren();
    for (const group of UI_GROUPS) {
      const groupTotals = totals[group] ?? {};
      const values = sortValues(group, groupTotals);
      if (values.length === 0) continue;
      const fieldset = el("fieldset", { className: `filter filter--${group}` }, [
        el("legend", { textContent: FILTERS[group].label }),
      ]);
      if (group === "grade") fieldset.append(this.gradeYearSelect());
      if (BY_MUNICIPALITY.has(group)) {
        fieldset.append(...this.municipalitySections(group, values, groupTotals));
      } else {
        const list = el("ul", { className: "filter__values" });
        for (const value of values)
          list.append(this.checkbox(group, value, groupTotals[value] ?? 0));
        fieldset.append(list);
      }
      box.append(fieldset);
    }
    this.showChosenMunicipalities();
  }

  /** One titled list per municipality, in the order of the municipality filter. */
  private municipalitySections(
    group: UiGroup,
    values: string[],
    totals: Record<string, number>,
  ): HTMLElement[] {
    const byMunicipality = new Map<string, string[]>();
    for (const value of values) {
      const { municipality } = splitMunicipalityValue(value);
      byMunicipality.set(municipality, [...(byMunicipality.get(municipality) ?? []), value]);
    }
    return [...byMunicipality].map(([municipality, list]) => {
      const ul = el("ul", { className: "filter__values" });
      for (const value of list) ul.append(this.checkbox(group, value, totals[value] ?? 0));
      const section = el("div", { className: "filter__municipality" }, [
        el("p", { className: "filter__municipality-name", textContent: municipality }),
        ul,
      ]);
      section.dataset["municipality"] = municipality;
      return section;
    });
  }

  /**
   * With municipalities chosen, plans and departments of the others are not offered (a checked
   * value stays so it can be unchecked); a municipality with no value left is not shown.
   */
  private showChosenMunicipalities(): void {
    const chosen = this.state.selected.municipality;
    for (const section of this.root.querySelectorAll<HTMLElement>(".filter__municipality")) {
      const keep =
        chosen.length === 0 ||
        chosen.includes(section.dataset["municipality"] ?? "") ||
        section.querySelector("input:checked") !== null;
      section.hidden = !keep || section.querySelector("li:not([hidden])") === null;
    }
  }

  private checkbox(group: UiGroup, value: string, count: number): HTMLElement {
    const input = el("input");
    input.type = "checkbox";
    input.name = group;
    input.value = value;
    input.checked = this.state.selected[group].includes(value);
    input.addEventListener("change", () => {
      const chosen = new Set(this.state.selected[group]);
      if (input.checked) chosen.add(value);
      else chosen.delete(value);
      this.state.selected[group] = [...chosen];
      void this.run();
    });
    const counter = el("span", { className: "filter__count", textContent: `${count}` });
    this.countSpans.set(`${group}\u0000${value}`, counter);
    const label = BY_MUNICIPALITY.has(group)
      ? splitMunicipalityValue(value).label
      : valueLabel(group, value);
    return el("li", {}, [el("label", {}, [input, ` ${label} `, counter])]);
  }

  private gradeYearSelect(): HTMLElement {
    const select = el("select");
    select.name = "gradeYear";
    const years = [...new Set(this.knownGradeYears.map((v) => v.split(":")[0] ?? ""))].sort();
    select.append(el("option", { textContent: "いずれかの年度" }));
    (select.firstChild as HTMLOptionElement).value = "";
    for (const year of years) {
      const option = el("option", { textContent: `${formatFiscalYear(Number(year))}の評価` });
      option.value = year;
      select.append(option);
    }
    select.value = this.state.gradeYear ?? "";
    select.addEventListener("change", () => {
      this.state.gradeYear = select.value || null;
      void this.run();
    });
    return el("label", { className: "filter__year" }, ["評価の年度 ", select]);
  }

  /** Counts after the current search: results left if the value were added. */
  private updateCounts(counts: FilterCounts): void {
    for (const [key, span] of this.countSpans) {
      const [group, value] = key.split("\u0000") as [UiGroup, string];
      const source =
        group === "grade" && this.state.gradeYear !== null
          ? counts["gradeYear"]?.[`${this.state.gradeYear}:${value}`]
          : counts[group]?.[value];
      span.textContent = `${source ?? 0}`;
      const item = span.closest("li");
      const empty = (source ?? 0) === 0;
      item?.classList.toggle("is-empty", empty);
      if (item && HIDE_EMPTY.has(group)) {
        item.hidden = empty && !item.querySelector("input")?.checked;
      }
    }
    this.showChosenMunicipalities();
  }
}

const root = document.querySelector<HTMLElement>("[data-search]");
if (root) new SearchPage(root).start();
