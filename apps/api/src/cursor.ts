import { ApiError } from "./problem.js";

/**
 * Opaque cursors: the source's page key together with the route and the filters it was issued for,
 * base64url-encoded. A cursor replayed with other filters or on another route is rejected rather than
 * silently paging through a different list.
 */
interface CursorBody {
  readonly r: string;
  readonly f: string;
  readonly a: string;
}

function toBase64Url(s: string): string {
  let bin = "";
  for (const b of new TextEncoder().encode(s)) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replaceAll("-", "+").replaceAll("_", "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** A stable fingerprint of a filter: its defined entries, sorted by name. */
export function filterFingerprint(filter: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    Object.entries(filter)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Wraps a source page key into a cursor for this route and filter. */
export function encodeCursor(route: string, filter: Readonly<Record<string, unknown>>, after: string): string {
  const body: CursorBody = { r: route, f: filterFingerprint(filter), a: after };
  return toBase64Url(JSON.stringify(body));
}

/** Unwraps a cursor into the source page key; throws invalid-cursor when it was issued elsewhere. */
export function decodeCursor(
  cursor: string | undefined,
  route: string,
  filter: Readonly<Record<string, unknown>>,
): string | null {
  if (cursor === undefined) return null;
  const json = fromBase64Url(cursor);
  let body: unknown = null;
  try {
    body = json === null ? null : JSON.parse(json);
  } catch {}
  const b = body as Partial<CursorBody> | null;
  if (!b || typeof b !== "object" || typeof b.a !== "string" || typeof b.r !== "string" || typeof b.f !== "string") {
    throw new ApiError("invalid-cursor", "the cursor is malformed");
  }
  if (b.r !== route) throw new ApiError("invalid-cursor", `the cursor belongs to ${b.r}, not ${route}`);
  if (b.f !== filterFingerprint(filter)) {
    throw new ApiError("invalid-cursor", "the cursor was issued for other filters; repeat the same filters");
  }
  return b.a;
}
