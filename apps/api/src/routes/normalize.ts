import { type Article, NewsgraphError, normalizeArticle } from "@newsgraph/core";
import type { ApiApp } from "../app-env.js";
import { isJsonType, mediaType, parseJson, readText, validateBody } from "../body.js";
import type { ApiConfig } from "../config.js";
import { ApiError } from "../problem.js";
import { ArticleInput, Article as ArticleSchema } from "../schemas.js";
import { problemResponses } from "./responses.js";

/**
 * Normalises one article input, mapping the core's errors to problems. `at` is the JSON Pointer prefix of
 * the input in the request body, so that errors point at the offending article of a batch.
 */
export function normalizeInput(input: ArticleInput, fallbackId: string, config: ApiConfig, at = ""): Article {
  if (input.text.length > config.maxTextLength) {
    throw new ApiError(
      "text-too-long",
      `${at}/text is ${input.text.length} characters, over the limit of ${config.maxTextLength}`,
    );
  }
  try {
    return normalizeArticle(input.text, {
      id: input.id ?? fallbackId,
      url: input.url ?? null,
      referenceDate: input.referenceDate ?? null,
      maxLength: config.maxTextLength,
    });
  } catch (e) {
    if (!(e instanceof NewsgraphError)) throw e;
    if (e.code === "INPUT_TOO_LARGE") throw new ApiError("text-too-long", `${at}/text: ${e.message}`);
    throw new ApiError("article-rejected", at ? `${at}: ${e.message}` : e.message, { code: e.code });
  }
}

/** POST /v1/normalize: one article in, its normalised `Article` out. */
export function registerNormalize(app: ApiApp): void {
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/normalize",
    tags: ["normalise"],
    summary: "Normalise one article",
    description:
      "Cleans one raw scraped article and extracts its metadata, actors, quotes and events, each with a span into `text`.",
    request: { body: { content: { "application/json": { schema: ArticleInput } }, required: true } },
    responses: {
      200: { description: "the normalised article", content: { "application/json": { schema: ArticleSchema } } },
      ...problemResponses(
        "validation-failed",
        "malformed-json",
        "invalid-encoding",
        "body-too-large",
        "unsupported-media-type",
        "text-too-long",
        "article-rejected",
      ),
    },
  });
  app.post("/v1/normalize", async (c) => {
    const type = mediaType(c.req.header("content-type"));
    if (!isJsonType(type)) {
      throw new ApiError("unsupported-media-type", `send application/json, not ${type ?? "a body without a type"}`);
    }
    const input = validateBody(ArticleInput, parseJson(await readText(c)));
    return c.json(normalizeInput(input, "article", c.var.config), 200);
  });
}
