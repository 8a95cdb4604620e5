import { type Article, buildCorpus, type Corpus } from "@newsgraph/core";
import type { ApiApp } from "../app-env.js";
import { isJsonType, mediaType, NDJSON_TYPES, parseJson, parseNdjson, readText, validateBody } from "../body.js";
import type { ApiConfig } from "../config.js";
import { negotiate } from "../negotiate.js";
import { ApiError } from "../problem.js";
import { ArticleInput, CorpusLine, CorpusRequest, Corpus as CorpusSchema } from "../schemas.js";
import { normalizeInput } from "./normalize.js";
import { problemResponses } from "./responses.js";

const JSON_TYPE = "application/json";
const NDJSON_TYPE = "application/x-ndjson";

/** Reads the batch from a JSON body (`{"articles": [...]}`) or an NDJSON body (one article per line). */
async function readBatch(text: string, type: string | null, maxBatch: number): Promise<ArticleInput[]> {
  if (type !== null && NDJSON_TYPES.has(type)) {
    return parseNdjson(text, maxBatch).map((line, i) => validateBody(ArticleInput, line, [i]));
  }
  if (!isJsonType(type)) {
    throw new ApiError(
      "unsupported-media-type",
      `send application/json or application/x-ndjson, not ${type ?? "a body without a type"}`,
    );
  }
  const body = parseJson(text);
  const articles = (body as { articles?: unknown } | null)?.articles;
  if (Array.isArray(articles) && articles.length > maxBatch) {
    throw new ApiError("batch-too-large", `the batch has ${articles.length} articles, over the limit of ${maxBatch}`);
  }
  return validateBody(CorpusRequest, body).articles;
}

const yieldToLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Normalises a batch, checking the deadline between articles (one article is not interruptible). */
async function normalizeBatch(inputs: readonly ArticleInput[], config: ApiConfig): Promise<Article[]> {
  const ids = inputs.map((a, i) => a.id ?? `article-${i + 1}`);
  const seen = new Map<string, number>();
  for (const [i, id] of ids.entries()) {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ApiError("duplicate-id", `/articles/${first} and /articles/${i} share the id "${id}"`, {
        code: "DUPLICATE_ID",
      });
    }
    seen.set(id, i);
  }
  const deadline = Date.now() + config.requestTimeoutMs;
  const out: Article[] = [];
  for (const [i, input] of inputs.entries()) {
    if (i > 0) {
      await yieldToLoop();
      if (Date.now() >= deadline) {
        throw new ApiError(
          "timeout",
          `normalised ${i} of ${inputs.length} articles within ${config.requestTimeoutMs} ms`,
        );
      }
    }
    out.push(normalizeInput(input, ids[i]!, config, `/articles/${i}`));
  }
  return out;
}

/** The NDJSON lines of a corpus: a header with counts, every record tagged with its kind, then `end`. */
export function* corpusLines(corpus: Corpus): Generator<CorpusLine> {
  yield {
    kind: "corpus",
    schemaVersion: corpus.schemaVersion,
    counts: {
      articles: corpus.articles.length,
      actors: corpus.actors.length,
      events: corpus.events.length,
      quoteGroups: corpus.quoteGroups.length,
      timeline: corpus.timeline.length,
    },
  };
  for (const data of corpus.articles) yield { kind: "article", data };
  for (const data of corpus.actors) yield { kind: "actor", data };
  for (const data of corpus.events) yield { kind: "event", data };
  for (const data of corpus.quoteGroups) yield { kind: "quoteGroup", data };
  for (const data of corpus.timeline) yield { kind: "timeline", data };
  yield { kind: "end" };
}

/** Streams the lines one per pull, so that a slow reader holds back serialisation. */
function ndjsonStream(lines: Iterator<CorpusLine>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      const next = lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
  });
}

/** POST /v1/corpus: a batch of articles in, the linked corpus out, as JSON or streamed NDJSON. */
export function registerCorpus(app: ApiApp): void {
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/corpus",
    tags: ["normalise"],
    summary: "Link a batch of articles into a corpus",
    description: [
      "Normalises up to MAX_BATCH articles and links them: actors merged across articles, quotes grouped, a timeline.",
      'Send `application/json` (`{"articles": [...]}`) or `application/x-ndjson` (one article object per line;',
      "field pointers in errors then start with the 0-based line record).",
      "With `Accept: application/x-ndjson` the corpus is streamed as one JSON object per line: a `corpus` header",
      "with counts, then every `article`, `actor`, `event`, `quoteGroup` and `timeline` entry, then `end`;",
      "a stream that stops before `end` is incomplete.",
    ].join(" "),
    request: {
      body: {
        required: true,
        content: {
          "application/json": { schema: CorpusRequest },
          "application/x-ndjson": { schema: ArticleInput },
        },
      },
    },
    responses: {
      200: {
        description: "the linked corpus",
        content: { "application/json": { schema: CorpusSchema }, "application/x-ndjson": { schema: CorpusLine } },
      },
      ...problemResponses(
        "validation-failed",
        "malformed-json",
        "invalid-encoding",
        "body-too-large",
        "unsupported-media-type",
        "malformed-ndjson",
        "not-acceptable",
        "batch-too-large",
        "text-too-long",
        "article-rejected",
        "duplicate-id",
        "timeout",
      ),
    },
  });
  app.post("/v1/corpus", async (c) => {
    const wanted = negotiate(c.req.header("accept"), [JSON_TYPE, NDJSON_TYPE]);
    if (wanted === null) throw new ApiError("not-acceptable", "accept application/json or application/x-ndjson");
    const type = mediaType(c.req.header("content-type"));
    const inputs = await readBatch(await readText(c), type, c.var.config.maxBatch);
    const corpus = buildCorpus(await normalizeBatch(inputs, c.var.config));
    c.header("vary", "accept");
    if (wanted === NDJSON_TYPE) {
      return c.body(ndjsonStream(corpusLines(corpus)), 200, { "content-type": `${NDJSON_TYPE}; charset=utf-8` });
    }
    return c.json(corpus, 200);
  });
}
