import { PROBLEMS, Problem } from "../problem.js";

const STATUS_TEXT: Record<number, string> = {
  400: "malformed body, bad parameters or an invalid cursor",
  401: "missing or invalid credentials",
  404: "no such resource",
  406: "the Accept header allows none of the response types",
  413: "body, batch or article text over its limit",
  415: "unsupported Content-Type",
  422: "an article the core cannot normalise, or duplicate ids",
  503: "the corpus cannot be loaded, or the request took too long",
};

/** The problem responses of a route, for its OpenAPI entry; each lists the problem types it may carry. */
export function problemResponses(...statuses: number[]) {
  const out: Record<
    number,
    { description: string; content: { "application/problem+json": { schema: typeof Problem } } }
  > = {};
  for (const status of statuses) {
    const types = Object.entries(PROBLEMS)
      .filter(([, p]) => p.status === status)
      .map(([t]) => t);
    out[status] = {
      description: `${STATUS_TEXT[status] ?? "error"} (${types.join(", ")})`,
      content: { "application/problem+json": { schema: Problem } },
    };
  }
  return out;
}
