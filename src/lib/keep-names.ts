/**
 * Keep place names on one line: Japanese breaks between any two characters, so a narrow column
 * could print 小金井／市 or あきる／野市. Chromium's `word-break: auto-phrase` (global.css) keeps
 * phrases together where it applies; as the fallback for every other element and browser, each
 * name in the text of a page is wrapped in `<span class="keep-together">` (white-space: nowrap).
 * Only markup changes: the text, what is copied and what pagefind indexes stay the same.
 */

/** A tag (quoted attribute values may hold `>`), a comment, or a doctype. */
const TAG = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>/gu;
/** Elements whose text must not get a <span>: not HTML text (script, style, svg), or text-only. */
const RAW = new Set(["script", "style", "svg", "title", "textarea", "option", "head"]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

export function keepNamesTogether(html: string, names: readonly string[]): string {
  if (names.length === 0) return html;
  const pattern = new RegExp(
    [...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|"),
    "gu",
  );
  const wrap = (text: string): string =>
    text.replace(pattern, (name) => `<span class="keep-together">${name}</span>`);
  let out = "";
  let at = 0;
  /** Open raw elements, innermost last (svg may nest svg). */
  const raw: string[] = [];
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(at, match.index);
    out += raw.length === 0 ? wrap(text) : text;
    const tag = match[0];
    out += tag;
    at = match.index + tag.length;
    const name = /^<(\/?)([a-zA-Z][\w-]*)/u.exec(tag);
    if (!name) continue;
    const element = (name[2] ?? "").toLowerCase();
    if (!RAW.has(element) || tag.endsWith("/>")) continue;
    if (name[1] === "/") {
      if (raw[raw.length - 1] === element) raw.pop();
    } else raw.push(element);
  }
  const rest = html.slice(at);
  return out + (raw.length === 0 ? wrap(rest) : rest);
}
