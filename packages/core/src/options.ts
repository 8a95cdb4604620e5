import { z } from "zod";
import { IsoDate } from "./schema/common.js";

/**
 * Default upper bound on the raw text of one article, in UTF-16 code units.
 *
 * @example
 * normalizeArticle(text, { id: "a", maxLength: 2 * DEFAULT_MAX_LENGTH }); // accept longer texts
 */
export const DEFAULT_MAX_LENGTH = 5_000_000;

/**
 * Options of `normalizeArticle`: everything that would otherwise come from IO or a clock.
 *
 * @example
 * const options: NormalizeOptions = { id: "afp-2012-04-19", referenceDate: "2012-04-19", url: null };
 * NormalizeOptions.safeParse(options).success; // true
 */
export const NormalizeOptions = z.object({
  id: z.string().min(1).max(512).describe("the article's id, such as its file name without extension"),
  referenceDate: IsoDate.nullish().describe(
    "a date to fall back on (such as when the file was fetched) when the text states no publication date",
  ),
  url: z.string().max(4096).nullish(),
  maxLength: z.number().int().positive().default(DEFAULT_MAX_LENGTH),
});
export type NormalizeOptions = z.input<typeof NormalizeOptions>;
export type ResolvedOptions = z.output<typeof NormalizeOptions>;
