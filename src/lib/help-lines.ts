/**
 * National consultation lines shown on every suicide-prevention page.
 *
 * Source: 厚生労働省「まもろうよ こころ」電話相談窓口
 *   https://www.mhlw.go.jp/mamorouyokokoro/soudan/tel/
 * and 厚生労働省「こころの健康相談統一ダイヤル」
 *   https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/hukushi_kaigo/seikatsuhogo/jisatsu/kokoro_dial.html
 * Hours are stated only where every published listing agrees (いのちの電話 0120-783-556: every
 * day 16:00–21:00 and all day on the 10th, as also printed by あきる野市's own notice); where
 * they vary by region or change over time the block points to the ministry's page instead of
 * guessing. Re-check the numbers against the ministry's page before each release.
 */
export interface HelpLine {
  name: string;
  /** As printed, with hyphens. */
  number: string;
  hours: string;
}

export const HELP_SOURCE_URL = "https://www.mhlw.go.jp/mamorouyokokoro/soudan/tel/";
export const HELP_PORTAL_URL = "https://www.mhlw.go.jp/mamorouyokokoro/";

export const HELP_LINES: readonly HelpLine[] = [
  {
    name: "こころの健康相談統一ダイヤル",
    number: "0570-064-556",
    hours: "おかけになった地域の公的な相談窓口につながります。受付時間は地域によって異なります。",
  },
  { name: "よりそいホットライン", number: "0120-279-338", hours: "24時間、通話無料。" },
  {
    name: "いのちの電話",
    number: "0120-783-556",
    hours: "毎日16時～21時、毎月10日は8時～翌日8時。通話無料。",
  },
  {
    name: "#いのちSOS",
    number: "0120-061-338",
    hours: "通話無料。受付時間は厚生労働省のページで確かめられます。",
  },
];

/** `tel:` link target: digits only. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9]/gu, "")}`;
}
