import { PROBLEMS, Problem, type ProblemType } from "../problem.js";

type ProblemContent = { "application/problem+json": { schema: typeof Problem } };

/**
 * The problem responses of a route, for its OpenAPI entry, grouped by status; each lists the problem types
 * it may carry. Give problem types (`"invalid-cursor"`) to list exactly those, or a status (`404`) for
 * every type of that status.
 *
 * @example
 * responses: { 200: ..., ...problemResponses("validation-failed", "not-found") }
 */
export function problemResponses(...items: (number | ProblemType)[]) {
  const byStatus = new Map<number, Set<ProblemType>>();
  for (const item of items) {
    const types =
      typeof item === "number"
        ? (Object.keys(PROBLEMS) as ProblemType[]).filter((t) => PROBLEMS[t].status === item)
        : [item];
    for (const t of types) {
      const status = PROBLEMS[t].status;
      byStatus.set(status, (byStatus.get(status) ?? new Set()).add(t));
    }
  }
  const out: Record<number, { description: string; content: ProblemContent }> = {};
  for (const [status, types] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[status] = {
      description: [...types].map((t) => `${t}: ${PROBLEMS[t].title}`).join("; "),
      content: { "application/problem+json": { schema: Problem } },
    };
  }
  return out;
}
