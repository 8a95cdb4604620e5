/** Stable codes of store errors. */
export const STORE_ERROR_CODES = [
  "UNSUPPORTED",
  "CONFLICT",
  "NOT_FOUND",
  "MIGRATION_FAILED",
  "INVALID_ARTICLE",
  "DUPLICATE_ID",
  "INVALID_PAGE_KEY",
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

/** The one error class of the store, with a stable `code`. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}
