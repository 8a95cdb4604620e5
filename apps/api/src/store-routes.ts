import { z } from "@hono/zod-openapi";
import type { CorpusStore, IngestResult } from "@newsgraph/store";
import type { Context } from "hono";
import type { ApiApp, AppEnv } from "./app-env.js";
import { isJsonType, mediaType, NDJSON_TYPES, parseJson, parseNdjson, readText, validateBody } from "./body.js";
import { ApiError, PROBLEM_TYPE_PREFIX, Problem, problemOf, problemResponse } from "./problem.js";
import { problemResponses } from "./routes/responses.js";
import { ArticleInput, IdParam } from "./schemas.js";

/** What the write routes need: the store, and the bearer token writers must present (none: writes refused). */
export interface StoreRoutesOptions {
  readonly store: () => Promise<CorpusStore>;
  readonly token: string | undefined;
}

const IngestResultSchema = z
  .object({
    id: z.string(),
    status: z.enum(["added", "replaced", "unchanged", "rejected"]),
    existingId: z.string().optional().describe("for unchanged: the id under which the same text is stored"),
    error: z.object({ code: z.string(), message: z.string() }).optional().describe("for rejected: the core's error"),
  })
  .openapi("IngestResult");

const IngestResponse = z
  .object({ results: z.array(IngestResultSchema).describe("one per article, in the order sent") })
  .openapi("IngestResponse");

const IngestRequest = z.union([ArticleInput, z.object({ articles: z.array(ArticleInput).min(1) })]);

/** SHA-256 both sides, then compare every byte: the time taken depends on neither the token nor its length. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", enc.encode(given)),
    crypto.subtle.digest("SHA-256", enc.encode(expected)),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

const forbidden = (detail: string) =>
  problemResponse({
    type: `${PROBLEM_TYPE_PREFIX}forbidden`,
    title: "The credentials do not allow this",
    status: 403,
    detail,
  });

/** 401 without a bearer token, 403 with a wrong one (or when the server has none configured). */
async function authorize(c: Context<AppEnv>, token: string | undefined): Promise<Response | null> {
  const header = c.req.header("authorization");
  const given = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!given) {
    const problem = problemOf("unauthorized", "send Authorization: Bearer <token>", {
      instance: c.req.path,
      requestId: c.var.requestId,
    });
    return problemResponse(problem, { "www-authenticate": 'Bearer realm="newsgraph"' });
  }
  if (!token) return forbidden("writes are disabled: the server has no INGEST_TOKEN");
  if (!(await sameSecret(given, token))) return forbidden("the token is not valid");
  return null;
}

async function readInputs(c: Context<AppEnv>): Promise<ArticleInput[]> {
  const type = mediaType(c.req.header("content-type"));
  const text = await readText(c);
  const max = c.var.config.maxBatch;
  if (type !== null && NDJSON_TYPES.has(type))
    return parseNdjson(text, max).map((line, i) => validateBody(ArticleInput, line, [i]));
  if (!isJsonType(type))
    throw new ApiError(
      "unsupported-media-type",
      `send application/json or application/x-ndjson, not ${type ?? "a body without a type"}`,
    );
  const body = validateBody(IngestRequest, parseJson(text));
  const inputs = "articles" in body ? body.articles : [body];
  if (inputs.length > max)
    throw new ApiError("batch-too-large", `the batch has ${inputs.length} articles, over the limit of ${max}`);
  return inputs;
}

const security = [{ bearer: [] as string[] }];

/**
 * POST /v1/articles and DELETE /v1/articles/{id}: write into the store behind the read routes. Each article
 * is its own transaction, so a failure part-way through a batch keeps the articles before it.
 */
export function registerStoreRoutes(app: ApiApp, options: StoreRoutesOptions): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/articles",
    tags: ["store"],
    summary: "Ingest articles into the stored corpus",
    description: [
      "Normalises the articles and links them into the stored corpus in order, in one transaction: the batch is linked once.",
      'Send one article object, `{"articles": [...]}`, or `application/x-ndjson` (one article per line).',
      "The same text again is `unchanged`; a new text under a stored id `replaced`s it.",
    ].join(" "),
    security,
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: IngestRequest }, "application/x-ndjson": { schema: ArticleInput } },
      },
    },
    responses: {
      200: {
        description: "what happened to each article",
        content: { "application/json": { schema: IngestResponse } },
      },
      403: { description: "wrong token", content: { "application/problem+json": { schema: Problem } } },
      ...problemResponses(400, 401, 413, 415, 503),
    },
  });
  app.post("/v1/articles", async (c) => {
    const denied = await authorize(c, options.token);
    if (denied) return denied;
    const inputs = await readInputs(c);
    const maxLength = c.var.config.maxTextLength;
    const store = await options.store();
    const results: (IngestResult | null)[] = [];
    const accepted: { id: string; text: string; url?: string; referenceDate?: string }[] = [];
    for (const [i, input] of inputs.entries()) {
      const id = input.id ?? `article-${i + 1}`;
      if (input.text.length > maxLength) {
        results.push({
          id,
          status: "rejected",
          error: { code: "INPUT_TOO_LARGE", message: `over ${maxLength} characters` },
        });
        continue;
      }
      results.push(null);
      accepted.push({ ...input, id });
    }
    // one transaction for the request: the batch is linked into the stored corpus once, not once per article
    const stored = accepted.length ? await store.ingest(accepted, { batchSize: accepted.length }) : [];
    let next = 0;
    return c.json({ results: results.map((r) => r ?? (stored[next++] as IngestResult)) }, 200);
  });

  app.openAPIRegistry.registerPath({
    method: "delete",
    path: "/v1/articles/{id}",
    tags: ["store"],
    summary: "Remove an article and its facts from the stored corpus",
    security,
    request: { params: IdParam },
    responses: {
      204: { description: "removed; the corpus is linked again without it" },
      403: { description: "wrong token", content: { "application/problem+json": { schema: Problem } } },
      ...problemResponses(401, 404),
    },
  });
  app.delete("/v1/articles/:id", async (c) => {
    const denied = await authorize(c, options.token);
    if (denied) return denied;
    const id = c.req.param("id");
    if (!(await (await options.store()).remove(id))) throw new ApiError("not-found", `no article with id "${id}"`);
    return c.body(null, 204);
  });
}
