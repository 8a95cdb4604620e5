import type { Context } from "hono";
import type { z } from "zod";
import { ApiError, fieldErrors } from "./problem.js";

/** The media type of a request without parameters, lower case: `application/json`. */
export function mediaType(header: string | undefined): string | null {
  const essence = header?.split(";")[0]?.trim().toLowerCase();
  return essence ? essence : null;
}

/** Whether a media type is JSON: `application/json` or a `+json` suffix. */
export function isJsonType(type: string | null): boolean {
  return type !== null && /^application\/([a-z0-9.-]+\+)?json$/.test(type);
}

/** NDJSON media types accepted for a batch. */
export const NDJSON_TYPES = new Set(["application/x-ndjson", "application/ndjson", "application/jsonl"]);

/** Reads the body as UTF-8 text; a byte sequence that is not UTF-8 is refused rather than silently replaced. */
export async function readText(c: Context): Promise<string> {
  const bytes = await c.req.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("invalid-encoding", "the body contains bytes that are not UTF-8");
  }
}

/** Parses JSON text; the error names where parsing stopped. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ApiError("malformed-json", (e as Error).message);
  }
}

/** Parses NDJSON: one JSON value per non-blank line. Errors name the 1-based line. */
export function parseNdjson(text: string, maxLines: number): unknown[] {
  const values: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    if (values.length === maxLines) {
      throw new ApiError("batch-too-large", `the batch has more than ${maxLines} articles`);
    }
    try {
      values.push(JSON.parse(line));
    } catch (e) {
      throw new ApiError("malformed-ndjson", `line ${i + 1}: ${(e as Error).message}`);
    }
  }
  return values;
}

/** Validates a parsed body against a schema; failures list every offending field. */
export function validateBody<T extends z.ZodType>(schema: T, value: unknown, prefix: PropertyKey[] = []): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ApiError("validation-failed", "the body does not match the schema", {
    errors: fieldErrors(result.error.issues, "body", prefix),
  });
}
