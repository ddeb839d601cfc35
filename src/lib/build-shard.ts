/**
 * Which part of the site one `astro build` process renders. `npm run build:site`
 * (scripts/build-site.ts) splits the site into shards by municipality and builds them in
 * parallel, one process per core, then merges them (src/lib/shard-merge.ts); docs/scale.md.
 *
 * A shard renders the pages and files of its own municipalities. Shard 0 also renders every
 * site-wide page (compare, bulk downloads, whole-site tables, sources). The other shards skip the
 * site-wide routes that have parameters and write empty placeholders for the few costly fixed
 * ones (`siteWidePlaceholder`), which the merge drops. Without the variable (`astro build`,
 * `astro dev`) one shard owns everything, as before.
 */
import { z } from "zod";

export const SHARD_ENV = "SHISAKU_SHARD";

const ShardSchema = z.strictObject({
  index: z.number().int().min(0),
  count: z.number().int().min(1),
  /** Ids of the municipalities this shard renders; null: all of them. */
  municipalities: z.array(z.string().min(1)).nullable(),
});

export type BuildShard = z.infer<typeof ShardSchema>;

/** The whole site in one process. */
export const WHOLE_SITE: BuildShard = { index: 0, count: 1, municipalities: null };

/** Read a shard from the environment variable's JSON; unset means the whole site. */
export function parseShard(value: string | undefined): BuildShard {
  if (value === undefined || value === "") return WHOLE_SITE;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error(`${SHARD_ENV}: not JSON: ${value.slice(0, 80)}`);
  }
  const parsed = ShardSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${SHARD_ENV}: ${issue?.path.join(".") || "(top)"}: ${issue?.message}`);
  }
  if (parsed.data.index >= parsed.data.count) {
    throw new Error(
      `${SHARD_ENV}: index ${parsed.data.index} is not below count ${parsed.data.count}`,
    );
  }
  return parsed.data;
}

let current: BuildShard | undefined;

/** This process's shard (read once). */
export function currentShard(): BuildShard {
  current ??= parseShard(process.env[SHARD_ENV]);
  return current;
}

const ownedSets = new WeakMap<BuildShard, ReadonlySet<string>>();

/** Whether this shard renders the pages and files of a municipality. */
export function ownsMunicipality(municipality: string, shard = currentShard()): boolean {
  if (shard.municipalities === null) return true;
  let owned = ownedSets.get(shard);
  if (!owned) {
    owned = new Set(shard.municipalities);
    ownedSets.set(shard, owned);
  }
  return owned.has(municipality);
}

/**
 * Whether a page of the site belongs in this shard's sitemap: shard 0 lists every page it
 * rendered; another shard only the pages under its municipalities (`/{municipality}/…`), not its
 * copies of the fixed site-wide pages.
 */
export function inShardSitemap(url: string, shard = currentShard()): boolean {
  if (buildsSiteWide(shard)) return true;
  const first = new URL(url).pathname.split("/")[1] ?? "";
  return ownsMunicipality(decodeURIComponent(first), shard);
}

/** The sitemap files' name: `sitemap-index.xml` for one shard, `sitemap-{k}-…` in a sharded build. */
export function sitemapFilenameBase(shard = currentShard()): string {
  return shard.count === 1 ? "sitemap" : `sitemap-${shard.index}`;
}

/** Whether this shard renders the site-wide pages (shard 0 does). */
export function buildsSiteWide(shard = currentShard()): boolean {
  return shard.index === 0;
}

/**
 * What a costly fixed-path page or endpoint (no parameters, so every shard renders it) answers in
 * a shard other than 0: an empty body instead of the real one, or null in shard 0. The merge
 * drops empty files that shard 0 also wrote, so the site gets shard 0's copy.
 */
export function siteWidePlaceholder(shard = currentShard()): Response | null {
  return buildsSiteWide(shard) ? null : new Response("");
}

/** A per-municipality route's paths for this shard: those of the municipalities it owns. */
export function shardPaths<T>(
  paths: readonly T[],
  municipalityOf: (path: T) => string,
  shard = currentShard(),
): T[] {
  return paths.filter((path) => ownsMunicipality(municipalityOf(path), shard));
}

/**
 * Work the site-wide shard does besides its municipalities, as a share of all measures' work:
 * counterparts for every measure (the compare pages list them all), the compare and whole-site
 * table pages and the bulk downloads. With a quarter, two shards finished within 6 % of each
 * other at 2,540, 10,160 and 25,400 measures (docs/scale.md).
 */
export const SITE_WIDE_SHARE = 0.25;

/**
 * Split municipalities into `count` shards of about equal work: largest first, each to the
 * shard with the least work so far (shard 0 starts with the site-wide work). Deterministic:
 * ties go to the lower shard, and municipalities keep the site's order within a shard.
 */
export function assignShards(
  municipalities: readonly { id: string; measures: number }[],
  count: number,
): BuildShard[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shards: count ${count} is not ≥ 1`);
  const total = municipalities.reduce((sum, m) => sum + m.measures, 0);
  const load = Array.from({ length: count }, (_, i) => (i === 0 ? total * SITE_WIDE_SHARE : 0));
  const owner = new Map<string, number>();
  const bySize = [...municipalities].sort((a, b) => b.measures - a.measures);
  for (const m of bySize) {
    let best = 0;
    for (let i = 1; i < count; i += 1) if (load[i]! < load[best]!) best = i;
    owner.set(m.id, best);
    load[best]! += m.measures;
  }
  return load.map((_, index) => ({
    index,
    count,
    municipalities: municipalities.filter((m) => owner.get(m.id) === index).map((m) => m.id),
  }));
}
