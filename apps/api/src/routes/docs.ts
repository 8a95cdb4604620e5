import { Scalar } from "@scalar/hono-api-reference";
import type { ApiApp, AppEnv } from "../app-env.js";

export const API_INFO = {
  openapi: "3.1.0",
  info: {
    title: "newsgraph API",
    version: "0.1.0",
    description:
      "Turns raw scraped news articles into typed, linked facts (articles, actors, quotes, events), each with a " +
      "character span into the raw text. Errors are RFC 9457 problem documents (application/problem+json).",
  },
} as const;

type OpenApiDocument = ReturnType<ApiApp["getOpenAPI31Document"]>;

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, { description?: string }>;
}

/**
 * A plain HTML rendering of the OpenAPI document: every route with its parameters, body types and responses.
 * It fills the page before the Scalar script runs, and stays when that script cannot load (offline, or a
 * network that blocks the CDN), so the reference is readable without any external resource.
 */
export function renderReference(doc: OpenApiDocument): string {
  const sections: string[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item as Record<string, Operation>)) {
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ", required" : ""})${
              p.description ? ` ${escapeHtml(p.description)}` : ""
            }</li>`,
        )
        .join("");
      const body = Object.keys(op.requestBody?.content ?? {});
      const responses = Object.entries(op.responses ?? {})
        .map(([status, r]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? "")}</li>`)
        .join("");
      sections.push(
        `<section class="op"><h2><code class="method">${method.toUpperCase()}</code> <code>${escapeHtml(path)}</code></h2>` +
          `<p>${escapeHtml(op.summary ?? "")}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ""}` +
          (params ? `<h3>Parameters</h3><ul>${params}</ul>` : "") +
          (body.length ? `<h3>Body</h3><p>${body.map((t) => `<code>${escapeHtml(t)}</code>`).join(", ")}</p>` : "") +
          `<h3>Responses</h3><ul>${responses}</ul></section>`,
      );
    }
  }
  return (
    `<main id="reference" style="font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem">` +
    `<h1>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</h1>` +
    `<p>${escapeHtml(doc.info.description ?? "")}</p>` +
    `<p>The machine-readable description is at <a href="/openapi.json">/openapi.json</a>.</p>` +
    `${sections.join("")}</main>`
  );
}

/** GET /openapi.json and GET /docs: the OpenAPI 3.1 document and its interactive reference. */
export function registerDocs(app: ApiApp): void {
  // Built on first request, when every route (those of an `extend` hook too) is registered.
  let doc: OpenApiDocument | null = null;
  const document = () => {
    doc ??= app.getOpenAPI31Document(API_INFO);
    return doc;
  };
  app.get("/openapi.json", (c) => c.json(document()));
  app.get("/docs", async (c) => {
    const scalar = Scalar<AppEnv>({
      url: "/openapi.json",
      cdn: c.var.config.docsScriptUrl,
      pageTitle: API_INFO.info.title,
    });
    const res = await scalar(c, async () => {});
    const page = res ? await res.text() : "";
    const fallback = renderReference(document());
    // Scalar mounts on #app and replaces what is inside it.
    return c.html(page.replace('<div id="app"></div>', `<div id="app">${fallback}</div>`));
  });
}
