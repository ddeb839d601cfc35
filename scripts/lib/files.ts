import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { findJsonErrorOffset } from "./json-error.ts";

/** A file that cannot be read as what it should be: says which file and what is wrong. */
export class DataFileError extends Error {
  override name = "DataFileError";
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decode bytes as UTF-8, refusing invalid sequences instead of replacing them with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    // Locate the first bad sequence by decoding leniently: its U+FFFD marks the spot.
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
    const line = before.split("\n").length;
    throw new DataFileError(`${file}: not valid UTF-8 (first invalid byte on line ${line})`);
  }
}

/** Parse JSON text; a syntax error becomes `file: invalid JSON at line L, column C: …`. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = findJsonErrorOffset(text);
    const before = text.slice(0, Math.max(0, offset)).split("\n");
    const line = before.length;
    const column = (before.at(-1)?.length ?? 0) + 1;
    const found = offset >= text.length ? "end of file" : JSON.stringify(text[offset]);
    throw new DataFileError(
      `${file}: invalid JSON at line ${line}, column ${column}: unexpected ${found} (${(error as Error).message.split("\n")[0]})`,
    );
  }
}

/** Read a UTF-8 JSON file with one-line errors. */
export async function readJsonFile(path: string, displayName = path): Promise<unknown> {
  const bytes = await readFile(path).catch(() => {
    throw new DataFileError(`${displayName}: cannot read the file`);
  });
  return parseJsonText(decodeUtf8(bytes, displayName), displayName);
}

/** Read a UTF-8 text file strictly. */
export async function readTextFile(path: string, displayName = path): Promise<string> {
  return decodeUtf8(await readFile(path), displayName);
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Physical lines of a text, counting an unterminated last line (003's line 196 has no newline). */
export function splitLines(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}
