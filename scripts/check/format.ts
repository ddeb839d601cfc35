import type { z } from "zod";

/** `measures[3].years[0].grade` from a zod or dotted path. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number" || /^\d+$/.test(String(key))) out += `[${String(key)}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

/** Convert a dotted path ("years.0.result") to the display form ("years[0].result"). */
export function dottedToJsonPath(dotted: string): string {
  return formatJsonPath(dotted.split("."));
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !(key in (node as object))) {
      return { found: false, value: undefined };
    }
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

/** Short, readable rendering of a found value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (missing field)";
  const json = JSON.stringify(value) ?? String(value);
  const shown = json.length > 60 ? `${json.slice(0, 57)}…` : json;
  const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
  return `${type} ${shown}`;
}

/** One line per zod issue: `file: json.path: expected …, got …`. */
export function formatZodIssues(file: string, error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => {
    const { found, value } = valueAt(input, issue.path);
    const got = describeValue(found ? value : undefined);
    let expected: string;
    switch (issue.code) {
      case "invalid_type":
        expected = `expected ${issue.expected}`;
        break;
      case "invalid_value":
        expected = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
        break;
      case "unrecognized_keys":
        return `${file}: ${formatJsonPath(issue.path)}: unexpected field(s) ${issue.keys.join(", ")}`;
      default:
        expected = issue.message.replace(/^Invalid input: /, "");
    }
    return `${file}: ${formatJsonPath(issue.path)}: ${expected}, got ${got}`;
  });
}
