/** Recall and precision per query, and the table the recall test prints. */

export interface QueryScore {
  q: string;
  kind: string;
  expected: number;
  returned: number;
  hits: number;
  recall: number;
  precision: number;
}

/** Recall of an empty expected set is 1; precision of an empty result list is 1. */
export function scoreQuery(
  q: string,
  kind: string,
  expected: Set<string>,
  returned: readonly string[],
): QueryScore {
  const got = new Set(returned);
  const hits = [...got].filter((u) => expected.has(u)).length;
  return {
    q,
    kind,
    expected: expected.size,
    returned: got.size,
    hits,
    recall: expected.size === 0 ? 1 : hits / expected.size,
    precision: got.size === 0 ? 1 : hits / got.size,
  };
}

export interface Summary {
  /** Mean over queries. */
  recall: number;
  precision: number;
  /** Micro average over all expected / returned results. */
  microRecall: number;
  microPrecision: number;
  minRecall: number;
  minPrecision: number;
}

export function summarize(scores: readonly QueryScore[]): Summary {
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const sum = (f: (s: QueryScore) => number): number => scores.reduce((a, s) => a + f(s), 0);
  return {
    recall: mean(scores.map((s) => s.recall)),
    precision: mean(scores.map((s) => s.precision)),
    microRecall:
      sum((s) => s.hits) /
      Math.max(
        sum((s) => s.expected),
        1,
      ),
    microPrecision:
      sum((s) => s.hits) /
      Math.max(
        sum((s) => s.returned),
        1,
      ),
    minRecall: Math.min(...scores.map((s) => s.recall)),
    minPrecision: Math.min(...scores.map((s) => s.precision)),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(0)}%`.padStart(4);

/** A fixed-width table, one line per query, for console.log. */
export function formatTable(scores: readonly QueryScore[]): string {
  const lines = ["kind        expected returned hits recall precision  query"];
  for (const s of scores) {
    lines.push(
      `${s.kind.padEnd(11)} ${String(s.expected).padStart(8)} ${String(s.returned).padStart(8)} ${String(s.hits).padStart(4)}   ${pct(s.recall)}      ${pct(s.precision)}  ${s.q}`,
    );
  }
  const t = summarize(scores);
  lines.push(
    `mean recall ${pct(t.recall)} · mean precision ${pct(t.precision)} · micro recall ${pct(t.microRecall)} · micro precision ${pct(t.microPrecision)} · min recall ${pct(t.minRecall)} · min precision ${pct(t.minPrecision)}`,
  );
  return lines.join("\n");
}
