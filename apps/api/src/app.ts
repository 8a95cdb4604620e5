import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { Article, NewsgraphError, normalizeArticle } from "@newsgraph/core";

const NormalizeRequest = z
  .object({
    text: z.string().describe("the raw article text"),
    id: z.string().min(1).max(512).optional(),
    url: z.string().max(4096).optional(),
    referenceDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional(),
  })
  .openapi("NormalizeRequest");

const Problem = z
  .object({ type: z.string(), title: z.string(), status: z.number(), detail: z.string().optional() })
  .openapi("Problem");

const normalizeRoute = createRoute({
  method: "post",
  path: "/v1/normalize",
  request: { body: { content: { "application/json": { schema: NormalizeRequest } }, required: true } },
  responses: {
    200: {
      description: "the normalised article",
      content: { "application/json": { schema: Article.openapi("Article") } },
    },
    422: {
      description: "the article cannot be normalised",
      content: { "application/problem+json": { schema: Problem } },
    },
  },
});

/** Builds the API app; runtime entries (Workers, Node) are thin adapters around it. */
export function createApp() {
  const app = new OpenAPIHono();
  app.get("/health", (c) => c.json({ status: "ok" }));
  app.openapi(normalizeRoute, (c) => {
    const body = c.req.valid("json");
    try {
      const article = normalizeArticle(body.text, {
        id: body.id ?? "article",
        url: body.url ?? null,
        referenceDate: body.referenceDate ?? null,
      });
      return c.json(article, 200);
    } catch (e) {
      if (e instanceof NewsgraphError) {
        return c.json({ type: `urn:newsgraph:${e.code}`, title: e.message, status: 422 }, 422, {
          "content-type": "application/problem+json",
        });
      }
      throw e;
    }
  });
  app.doc31("/openapi.json", { openapi: "3.1.0", info: { title: "newsgraph", version: "0.1.0" } });
  return app;
}
