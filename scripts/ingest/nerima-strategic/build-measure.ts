/**
 * Turn curated records into measures. Every text is proven against the lines it cites (the same
 * rule as the data check: NFKC, whitespace ignored, each "\n" piece a substring), and what a rule
 * reads reliably — the № line, headings, 事業実施課 lines — is re-read and must match the record.
 */
import type { MeasureInput } from "../../../src/schemas/measure.ts";
import { toComparable, toHalfWidth, trimLine } from "../../../src/lib/normalize.ts";
import { blankClaim } from "../curation.ts";
import { IngestError } from "../pipeline.ts";
import { CuratedRecordSchema, type CuratedRecord } from "./curated-record.ts";
import { decodeNumberLine, formatItemNumber } from "./decode-number.ts";
import { isInCopy, type PageCopy } from "./dedupe-pages.ts";
import { parseDepartmentLines, parseHeadingLine } from "./parse-layout.ts";

export interface SourceContext {
  file: string;
  municipality: string;
  planId: string;
  /** The source text split into lines (index 0 = line 1). */
  lines: readonly string[];
  copies: readonly PageCopy[];
  /** Notes every measure of this source carries (e.g. that no budget figures are printed). */
  commonNotes: readonly string[];
}

type Range = [number, number];

/** Validate raw `records` from a curation file; the message names the record and field. */
export function readRecords(raw: readonly unknown[], curationFile: string): CuratedRecord[] {
  return raw.map((entry, i) => {
    const result = CuratedRecordSchema.safeParse(entry);
    if (result.success) return result.data;
    const code = (entry as { code?: unknown } | null)?.code;
    const issues = result.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ");
    throw new IngestError(`${curationFile}: records[${i}] (${String(code)}): ${issues}`);
  });
}

function linesText(ctx: SourceContext, [from, to]: Range): string {
  if (from < 1 || to > ctx.lines.length)
    throw new IngestError(`lines ${from}-${to} are outside the source`);
  return ctx.lines.slice(from - 1, to).join("");
}

/** Throw unless every "\n" piece of `text` occurs in the cited lines, outside page copies. */
function prove(ctx: SourceContext, where: string, text: string, range: Range): void {
  for (let line = range[0]; line <= range[1]; line++) {
    if (isInCopy(ctx.copies, line))
      throw new IngestError(`${where}: line ${line} is in a duplicated page copy`);
  }
  const haystack = toComparable(linesText(ctx, range));
  for (const piece of text.split("\n")) {
    if (!haystack.includes(toComparable(piece))) {
      throw new IngestError(`${where}: "${piece}" is not printed on lines ${range[0]}-${range[1]}`);
    }
  }
}

function line(ctx: SourceContext, n: number): string {
  const text = ctx.lines[n - 1];
  if (text === undefined) throw new IngestError(`line ${n} is outside the source`);
  return text;
}

function checkNumberLine(ctx: SourceContext, record: CuratedRecord, where: string): void {
  const number = decodeNumberLine(line(ctx, record.numberLine));
  if (!number) throw new IngestError(`${where}: line ${record.numberLine} is not a № line`);
  const [plan, item] = record.code.split("-");
  const matches = record.numberMissing
    ? number.plan === plan && number.item === null
    : number.plan === plan && number.item === item;
  if (!matches) {
    throw new IngestError(
      `${where}: line ${record.numberLine} decodes to ${formatItemNumber(number)}`,
    );
  }
  if (number.repost !== (record.repostOfCode !== null)) {
    throw new IngestError(`${where}: the № line and repostOfCode disagree about the repost`);
  }
}

function checkPath(ctx: SourceContext, record: CuratedRecord, where: string): void {
  record.path.forEach((step, i) => {
    const at = `${where}: path.${i}`;
    if (step.kind === "見出し" || step.kind === "小見出し") {
      const heading = parseHeadingLine(line(ctx, step.titleLine));
      if (
        !heading ||
        heading.kind !== step.kind ||
        heading.number !== step.number ||
        heading.title !== step.title
      ) {
        throw new IngestError(`${at}: line ${step.titleLine} reads ${JSON.stringify(heading)}`);
      }
    } else {
      const digits: string[] = toHalfWidth(line(ctx, step.numberLine)).match(/[0-9]+/gu) ?? [];
      if (!digits.includes(step.number))
        throw new IngestError(`${at}: no ${step.number} on line ${step.numberLine}`);
      if (trimLine(line(ctx, step.titleLine)).replace(/^[0-9]+\s+/u, "") !== step.title) {
        throw new IngestError(`${at}: line ${step.titleLine} is not the title ${step.title}`);
      }
    }
  });
  const own = record.path.at(-1);
  if (own && line(ctx, own.titleLine).includes("★") !== record.starred) {
    throw new IngestError(`${where}: starred does not match ★ on line ${own.titleLine}`);
  }
}

function checkDepartments(ctx: SourceContext, record: CuratedRecord, where: string): void {
  const { lines: range, division, names } = record.departments;
  const read = parseDepartmentLines(ctx.lines.slice(range[0] - 1, range[1]));
  if (read.division !== division || JSON.stringify(read.names) !== JSON.stringify(names)) {
    throw new IngestError(`${where}: lines ${range[0]}-${range[1]} read ${JSON.stringify(read)}`);
  }
}

/** Build one measure from a curated record, or throw saying what does not match the source. */
export function buildMeasure(ctx: SourceContext, record: CuratedRecord): MeasureInput {
  const where = `${ctx.file} ${record.code}`;
  checkNumberLine(ctx, record, where);
  checkPath(ctx, record, where);
  checkDepartments(ctx, record, where);

  const fieldLines: Record<string, Range> = {};
  const cite = (path: string, text: string, range: Range): void => {
    prove(ctx, `${where} ${path}`, text, range);
    fieldLines[path] = range;
  };
  const own = record.path.at(-1) as (typeof record.path)[number];
  cite("title", own.title, [own.titleLine, own.titleLine]);
  record.path.forEach((step, i) =>
    cite(`path.${i}.title`, step.title, [step.titleLine, step.titleLine]),
  );
  record.departments.names.forEach((name, i) =>
    cite(`departments.${i}`, name, record.departments.lines),
  );
  if (record.departments.division)
    cite("division", record.departments.division, record.departments.lines);
  if (record.description) cite("description", record.description.text, record.description.lines);

  const nullPaths: string[] = [];
  record.indicators.forEach((row, i) => {
    cite(`indicators.${i}.name`, row.name.text, row.name.lines);
    row.values.forEach((cell, j) => {
      const path = `indicators.${i}.values.${j}.value`;
      if (cell.value === null || cell.lines === null) nullPaths.push(path);
      else cite(path, cell.value, cell.lines);
    });
  });
  record.budget.forEach((entry, i) => {
    const printed = linesText(ctx, entry.lines).split(/\s+/u);
    if (!printed.includes(String(entry.millionYen))) {
      throw new IngestError(
        `${where} budget.${i}: ${entry.millionYen} is not printed on lines ${entry.lines.join("-")}`,
      );
    }
    fieldLines[`budget.${i}.millionYen`] = entry.lines;
  });

  // The measure's block: its № line, its own heading and every cell it cites (not the outer headings).
  const cited = Object.entries(fieldLines)
    .filter(
      ([path]) =>
        !/^path\.[0-9]+\.title$/u.test(path) || path === `path.${record.path.length - 1}.title`,
    )
    .flatMap(([, range]) => range)
    .concat(record.blockLines ?? []);
  const first = Math.min(record.numberLine, ...cited);
  const last = Math.max(record.numberLine, ...cited);
  for (const { copy } of ctx.copies) {
    if (first <= copy[1] && last >= copy[0])
      throw new IngestError(`${where}: lines ${first}-${last} overlap a page copy`);
  }

  const notes = [
    ...record.notes,
    ...(record.departments.note ? [record.departments.note] : []),
    ...record.indicators.flatMap((row) => (row.note ? [row.note] : [])),
    ...ctx.commonNotes,
  ];
  for (const note of notes) {
    const claim = blankClaim(note);
    if (claim) throw new IngestError(`${where}: ${claim}: "${note.slice(0, 30)}…"`);
  }
  return {
    id: `${ctx.municipality}/${ctx.planId}/${record.code}`,
    url: `/${ctx.municipality}/${ctx.planId}/${record.code}/`,
    municipality: ctx.municipality,
    plan: ctx.planId,
    code: record.code,
    title: own.title,
    path: record.path.map((step) => ({ kind: step.kind, number: step.number, title: step.title })),
    category: null,
    departments: record.departments.names,
    division: record.departments.division,
    description: record.description?.text ?? null,
    goal: null,
    planPage: null,
    subLetter: null,
    // A № line that prints the plan but not the item (9-2, line 1639): the item number is ours.
    codeAssigned: record.numberMissing,
    starred: record.starred,
    repostOf: record.repostOf,
    repostOfCode: record.repostOfCode,
    years: [],
    indicators: record.indicators.map((row) => ({
      name: row.name.text,
      values: row.values.map((cell) => ({
        kind: cell.kind,
        fiscalYear: cell.fiscalYear,
        value: cell.value,
      })),
    })),
    budget: record.budget.map((entry) => ({
      fiscalYear: entry.fiscalYear,
      millionYen: entry.millionYen,
    })),
    source: { file: ctx.file, lines: [first, last] },
    fieldLines,
    // An unknown cell is not curated: nobody placed a value there.
    curatedFields: Object.keys(fieldLines).filter((p) => !p.startsWith("path.")),
    // A null indicator cell is always one the table prints but a person could not place.
    unknownFields: nullPaths,
    notes: [...new Set(notes)],
  };
}
