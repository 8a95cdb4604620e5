/**
 * Stable error codes of `@newsgraph/core`.
 *
 * @example
 * ERROR_CODES.includes("EMPTY_INPUT"); // true
 */
export const ERROR_CODES = [
  "INVALID_INPUT",
  "EMPTY_INPUT",
  "BINARY_INPUT",
  "INPUT_TOO_LARGE",
  "INVALID_OPTIONS",
  "DUPLICATE_ID",
  "UNSUPPORTED_ENCODING",
] as const;
/** One of `ERROR_CODES`: `"EMPTY_INPUT"`, `"INVALID_OPTIONS"`, ... */
export type NewsgraphErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error class the core throws. `code` is stable and meant for programs; `message` is for people.
 *
 * @example
 * try { normalizeArticle("", { id: "a" }) } catch (e) {
 *   if (e instanceof NewsgraphError && e.code === "EMPTY_INPUT") { ... }
 * }
 */
export class NewsgraphError extends Error {
  override readonly name = "NewsgraphError";
  readonly code: NewsgraphErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: NewsgraphErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
