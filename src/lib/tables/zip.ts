/** The one-click download: every file of the data package in one ZIP (fflate, deflate). */
import { strToU8, zipSync, type Zippable } from "fflate";

/**
 * Entries carry `modified` (the data release's date), not the time of the build: the same data
 * gives the same bytes, whichever build or build shard wrote it.
 */
export function buildZip(
  files: Readonly<Record<string, string>>,
  modified: Date,
): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const [path, text] of Object.entries(files)) entries[path] = strToU8(text);
  return Uint8Array.from(zipSync(entries, { level: 9, mtime: modified }));
}
