/**
 * Independent item counter for 000_7f5aa4348ad65687.txt (Nerima suicide-prevention plan). It
 * shares no code with the parser it checks (see counters.test.ts).
 */
import type { ItemCounter } from "../types.ts";

/** Independent count (docs/sources/nerima-suicide-plan.md#completeness-count): every line `<number> P<page> <kana>[ <title>]` is one measure. */
export const countItems: ItemCounter = (text) =>
  text
    .split("\n")
    .map((line) => /^(\d+) (P\d+) ([ア-コ])( .*)?$/u.exec(line)?.[1])
    .filter((code): code is string => code !== undefined);
