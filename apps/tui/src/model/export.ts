// Writes view rows as JSON, NDJSON or CSV (RFC 4180: quoted when needed, CRLF line ends). Arrays become "a; b".

export type ExportFormat = "json" | "ndjson" | "csv";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["json", "ndjson", "csv"];

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join("; ") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Serialises records in the format; CSV columns are the union of the records' keys in first-seen order. */
export function formatRecords(records: readonly Readonly<Record<string, unknown>>[], format: ExportFormat): string {
  if (format === "json") return `${JSON.stringify(records, null, 2)}\n`;
  if (format === "ndjson") return records.map((r) => `${JSON.stringify(r)}\n`).join("");
  const columns: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
  const lines = [columns.map(csvCell).join(","), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name for exporting a list: `newsgraph-quotes.csv`. */
export function defaultExportPath(list: string, format: ExportFormat): string {
  return `newsgraph-${list}.${format === "ndjson" ? "ndjson" : format}`;
}

/** Changes a path's extension to the format's when it has one of the known extensions. */
export function withFormat(path: string, format: ExportFormat): string {
  return path.replace(/\.(json|ndjson|csv)$/i, `.${format}`);
}
