/**
 * Order printed codes as a reader expects: "2" before "10", "7-2" before "7-10",
 * "1-1-3" before "j1-1" (基本施策 before 重点施策 in Akiruno's codes).
 */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}
