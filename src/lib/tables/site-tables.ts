/**
 * The tidy tables of the whole site, built once per build from the content collections and
 * shared by every /data/tables/ endpoint.
 */
import { getSiteData } from "../content.ts";
import { buildTables, type Tables } from "./build.ts";

let built: Promise<Tables> | null = null;

export function getTables(): Promise<Tables> {
  built ??= getSiteData().then((site) => buildTables(site));
  return built;
}
