// The plain text printed instead of the browser when stdout is not a terminal.
import type { Corpus } from "@newsgraph/core";
import { articleTitle, indexCorpus, mentionCount } from "./model/corpus-index.js";
import { typeLabel } from "./model/rows.js";

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A few lines about a corpus: counts, the articles, the most mentioned actors and the first events. */
export function summarize(corpus: Corpus, errors: readonly string[] = []): string {
  const index = indexCorpus(corpus);
  const out: string[] = [];
  out.push(
    [
      plural(corpus.articles.length, "article"),
      plural(corpus.actors.length, "actor"),
      plural(index.quotes.length, "quote"),
      plural(corpus.quoteGroups.length, "quote group"),
      plural(corpus.events.length, "event"),
    ].join(" · "),
  );
  for (const a of corpus.articles)
    out.push(`  ${a.id}  ${a.publishedAt ?? "no date   "}  ${a.outlet ?? "—"}  ${articleTitle(a).slice(0, 70)}`);
  const actors = [...corpus.actors].sort((a, b) => mentionCount(b, null) - mentionCount(a, null)).slice(0, 10);
  if (actors.length) {
    out.push("Most mentioned:");
    for (const a of actors) out.push(`  ${String(mentionCount(a, null)).padStart(4)}  ${a.kind.padEnd(12)}  ${a.name}`);
  }
  if (index.timeline.length) {
    out.push("Timeline:");
    for (const t of index.timeline.slice(0, 10))
      out.push(
        `  ${t.date ?? "undated   "}  ${t.main ? "*" : " "} ${typeLabel(t.event.type).padEnd(9)} ${t.event.summary}`,
      );
  }
  for (const e of errors) out.push(`skipped: ${e}`);
  out.push("Run `newsgraph export` for the full corpus as JSON; run in a terminal to browse.");
  return `${out.join("\n")}\n`;
}
