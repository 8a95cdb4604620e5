/**
 * `@newsgraph/core`: turn raw, scraped news articles into typed, linked facts (articles, actors, quotes,
 * events), each with a character span into the text it came from. Pure: no IO, clock or randomness, so it
 * runs unchanged in Node, Workers, browsers and Deno.
 *
 * The entry points are `normalizeArticle` and `buildCorpus`; `createLinker` links one article at a time with
 * the same result, and `articleKeys` serves a store that links that way. The core throws only
 * `NewsgraphError`. The data model (zod schemas with types of the same names, and `SCHEMA_VERSION`) is
 * public as a whole, and schema/*.schema.json is generated from it.
 *
 * @example
 * import { buildCorpus, normalizeArticle } from "@newsgraph/core";
 *
 * const article = normalizeArticle(text, { id: "afp-2012-04-19", referenceDate: "2012-04-19" });
 * const corpus = buildCorpus([article, normalizeArticle(other, { id: "reuters-2012-04-19" })]);
 *
 * @packageDocumentation
 */

export { articleKeys, buildCorpus, createLinker, type Linker } from "./corpus/index.js";
export { ERROR_CODES, NewsgraphError, type NewsgraphErrorCode } from "./errors.js";
export { DEFAULT_MAX_LENGTH, NormalizeOptions } from "./options.js";
export { normalizeArticle } from "./pipeline/normalize-article.js";
export * from "./schema/index.js";
export { type DecodedText, decodeText } from "./text/decode.js";
