export { buildCorpus } from "./corpus/build-corpus.js";
export { ERROR_CODES, NewsgraphError, type NewsgraphErrorCode } from "./errors.js";
export { DEFAULT_MAX_LENGTH, NormalizeOptions } from "./options.js";
export { normalizeArticle } from "./pipeline/normalize-article.js";
export * from "./schema/index.js";
