/**
 * One thread of npm run build:share (scripts/build-share-images.ts): renders the cards it is
 * given (scripts/lib/share-render.ts) into the cache and the site, and answers how many.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import type { ShareCard } from "../src/lib/share-image.ts";
import { renderCardPng } from "./lib/share-render.ts";

export interface CardJob {
  card: ShareCard;
  /** Where the PNG goes: its cache file, and its file in the site. */
  cacheFile: string;
  out: string;
}

for (const job of (workerData as { jobs: CardJob[] }).jobs) {
  const png = renderCardPng(job.card);
  for (const file of [job.cacheFile, job.out]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
  }
}
parentPort?.postMessage((workerData as { jobs: CardJob[] }).jobs.length);
