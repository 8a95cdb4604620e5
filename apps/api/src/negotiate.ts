/**
 * Picks the best of the offered media types for an Accept header (RFC 9110 §12.5.1): highest q first, then
 * the more specific range, then the order of `offers`. Null when the header accepts none of them.
 *
 * @example
 * negotiate("application/x-ndjson, application/json;q=0.5", ["application/json", "application/x-ndjson"]);
 * // "application/x-ndjson"
 */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | null {
  if (accept === undefined || accept.trim() === "") return offers[0] ?? null;
  const ranges = accept.split(",").flatMap((part) => {
    const [range, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!range || !/^[\w.+*-]+\/[\w.+*-]+$/.test(range)) return [];
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    return Number.isFinite(q) ? [{ range, q }] : [];
  });
  let best: { offer: string; q: number; specificity: number } | null = null;
  for (const offer of offers) {
    const [type] = offer.split("/");
    let match: { q: number; specificity: number } | null = null;
    for (const r of ranges) {
      const specificity = r.range === offer ? 2 : r.range === `${type}/*` ? 1 : r.range === "*/*" ? 0 : -1;
      if (specificity >= 0 && (!match || specificity > match.specificity)) match = { q: r.q, specificity };
    }
    if (
      match &&
      match.q > 0 &&
      (!best || match.q > best.q || (match.q === best.q && match.specificity > best.specificity))
    ) {
      best = { offer, ...match };
    }
  }
  return best?.offer ?? null;
}
