/** One structured log line. Every line of a request carries its request id. */
export interface LogEntry {
  readonly level: "info" | "error";
  readonly msg: string;
  readonly requestId?: string;
  readonly [key: string]: unknown;
}

export type Log = (entry: LogEntry) => void;

/** Writes JSON lines to the console, which both Workers logs and Node stdout collect. */
export const consoleLog: Log = (entry) => {
  const line = JSON.stringify(entry);
  if (entry.level === "error") console.error(line);
  else console.log(line);
};
