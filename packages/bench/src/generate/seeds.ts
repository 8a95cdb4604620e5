// Reads the repository's seed articles (Node only).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { SeedText } from "./index.js";

/** The repository's seeds/ folder. */
export const SEEDS_DIR = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

/** Reads every .txt file of a folder (default: the repository's seeds) in name order. */
export function loadSeeds(dir: string = SEEDS_DIR): SeedText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(`${dir}/${f}`, "utf8") }));
}
