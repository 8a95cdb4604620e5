import { z } from "@hono/zod-openapi";

/**
 * The stable problem types of the API (RFC 9457 `type`), one per kind of failure. Clients branch on `type`;
 * `title` is its fixed human-readable name and `detail` explains this occurrence.
 */
export const PROBLEMS = {
  "validation-failed": { status: 400, title: "The request does not match the schema" },
  "malformed-json": { status: 400, title: "The body is not valid JSON" },
  "malformed-ndjson": { status: 400, title: "A line of the body is not valid JSON" },
  "invalid-encoding": { status: 400, title: "The body is not valid UTF-8" },
  "invalid-cursor": { status: 400, title: "The cursor is not one this API issued for this query" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "not-acceptable": { status: 406, title: "None of the accepted media types can be produced" },
  "body-too-large": { status: 413, title: "The body is larger than allowed" },
  "batch-too-large": { status: 413, title: "The batch has more articles than allowed" },
  "text-too-long": { status: 413, title: "An article text is longer than allowed" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "article-rejected": { status: 422, title: "The article cannot be normalised" },
  "duplicate-id": { status: 422, title: "Two articles of the batch share an id" },
  unauthorized: { status: 401, title: "Missing or invalid credentials" },
  forbidden: { status: 403, title: "The credentials do not allow this" },
  "internal-error": { status: 500, title: "Internal error" },
  "corpus-unavailable": { status: 503, title: "The corpus cannot be loaded" },
  timeout: { status: 503, title: "The request took longer than allowed" },
} as const satisfies Record<string, { status: number; title: string }>;
export type ProblemType = keyof typeof PROBLEMS;

/** Prefix of every problem `type`: `urn:newsgraph:problem:not-found`. */
export const PROBLEM_TYPE_PREFIX = "urn:newsgraph:problem:";

/** One offending field of a request: a JSON Pointer into the input and what is wrong with it. */
export const FieldError = z
  .object({
    pointer: z.string().describe("JSON Pointer (RFC 6901) to the field, such as /articles/0/text"),
    in: z.enum(["body", "query", "path", "header"]),
    message: z.string(),
    code: z.string().describe("the validator's issue code, such as invalid_type or too_big"),
  })
  .openapi("FieldError");
export type FieldError = z.infer<typeof FieldError>;

/** An RFC 9457 problem document. */
export const Problem = z
  .object({
    type: z.string().describe("stable identifier of the kind of problem: urn:newsgraph:problem:<name>"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional().describe("the request path"),
    requestId: z.string().optional().describe("the X-Request-Id of the request, to find it in the logs"),
    code: z.string().optional().describe("the core's error code, for article-rejected"),
    errors: z.array(FieldError).optional().describe("the offending fields, for validation-failed"),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

/**
 * The one error class of the API: a problem type, a detail and optional extensions; `toProblem` renders it.
 *
 * @example
 * throw new ApiError("not-found", `no actor with id "${id}"`);
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly type: ProblemType;
  readonly extra: Pick<Problem, "code" | "errors">;

  constructor(type: ProblemType, detail?: string, extra: Pick<Problem, "code" | "errors"> = {}) {
    super(detail ?? PROBLEMS[type].title);
    this.type = type;
    this.extra = extra;
  }

  get status(): number {
    return PROBLEMS[this.type].status;
  }

  toProblem(instance?: string, requestId?: string): Problem {
    return problemOf(this.type, this.message, { instance, requestId, ...this.extra });
  }
}

/** Builds a problem document of a known type. */
export function problemOf(type: ProblemType, detail?: string, extra: Partial<Problem> = {}): Problem {
  const { status, title } = PROBLEMS[type];
  const out: Problem = { type: PROBLEM_TYPE_PREFIX + type, title, status };
  if (detail !== undefined && detail !== title) out.detail = detail;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** A response carrying a problem document. */
export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

/** Turns zod issues into field errors with JSON Pointers. */
export function fieldErrors(
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[],
  where: FieldError["in"],
  prefix: readonly PropertyKey[] = [],
): FieldError[] {
  return issues.map((i) => ({
    pointer: toPointer([...prefix, ...i.path]),
    in: where,
    message: i.message,
    code: i.code,
  }));
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
