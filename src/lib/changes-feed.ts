/** The Atom feed of data releases (/changes.xml), from data/releases.json. */
import type { Release } from "../schemas/release.ts";

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[c]};`,
  );

export interface FeedInput {
  /** Absolute URL of the site root, ending in "/". */
  site: string;
  releases: readonly Release[];
  /** Version of the data as built, named in the newest entry. */
  currentVersion: string;
}

/** Atom 1.0 (RFC 4287); each release is an entry dated at midnight in Japan. */
export function buildAtomFeed({ site, releases, currentVersion }: FeedInput): string {
  const changesUrl = new URL("/changes/", site).href;
  const updated = `${releases[0]!.date}T00:00:00+09:00`;
  const entries = releases.map((r, i) => {
    const summary = [...(i === 0 ? [`データ版 ${currentVersion}`] : []), ...r.changes].join("\n");
    return [
      "  <entry>",
      `    <id>${escapeXml(`${changesUrl}#release-${r.date}`)}</id>`,
      `    <title>${escapeXml(`${r.date} ${r.title}`)}</title>`,
      `    <updated>${r.date}T00:00:00+09:00</updated>`,
      `    <link rel="alternate" href="${escapeXml(`${changesUrl}#release-${r.date}`)}"/>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(changesUrl)}</id>`,
    "  <title>施策（shisaku）データの更新履歴</title>",
    `  <updated>${updated}</updated>`,
    "  <author><name>施策（shisaku）</name></author>",
    `  <link rel="self" href="${escapeXml(new URL("/changes.xml", site).href)}"/>`,
    `  <link rel="alternate" href="${escapeXml(changesUrl)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
