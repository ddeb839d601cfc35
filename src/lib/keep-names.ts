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

/**
 * A wrapper for one list of names, built once per list (the middleware passes the same list for
 * every page). Text is scanned for the names' first characters, then each candidate name is
 * tried longest first: one alternation of every name would be tried at every character, a cost
 * per page that grows with the number of municipalities the site covers.
 */
type Wrap = (text: string) => string;
const wrappers = new WeakMap<readonly string[], Wrap>();

function wrapperFor(names: readonly string[]): Wrap {
  let wrap = wrappers.get(names);
  if (wrap) return wrap;
  const byFirst = new Map<string, string[]>();
  for (const name of names) {
    const first = String.fromCodePoint(name.codePointAt(0) ?? 0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const firsts = new RegExp(
    `[${[...byFirst.keys()].map((c) => c.replace(/[\\\]^-]/gu, "\\$&")).join("")}]`,
    "gu",
  );
  wrap = (text) => {
    let out = "";
    let at = 0;
    firsts.lastIndex = 0;
    for (let m = firsts.exec(text); m !== null; m = firsts.exec(text)) {
      const i = m.index;
      const name = byFirst.get(m[0])?.find((n) => text.startsWith(n, i));
      if (!name) continue;
      out += `${text.slice(at, i)}<span class="keep-together">${name}</span>`;
      at = i + name.length;
      firsts.lastIndex = at;
    }
    return at === 0 ? text : out + text.slice(at);
  };
  wrappers.set(names, wrap);
  return wrap;
}

export function keepNamesTogether(html: string, names: readonly string[]): string {
  if (names.length === 0) return html;
  const wrap = wrapperFor(names);
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
