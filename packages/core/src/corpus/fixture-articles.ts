// Articles for corpus tests, built from text with the events stage on fixture documents, so that linking
// is tested apart from how far the actor and quote stages have come.
import { findEvents } from "../events/find-events.js";
import { type FixtureOptions, makeFixture } from "../events/fixture-doc.js";
import type { Article } from "../schema/article.js";
import { SCHEMA_VERSION } from "../schema/common.js";
import { hashText } from "../text/hash.js";

/** A normalised article from `text`: fixture actors and quotes, events found by the events stage. */
export function fixtureArticle(text: string, options: FixtureOptions): Article {
  const f = makeFixture(text, options);
  const { events, mainEventId } = findEvents(f.doc, f.actors, f.quotes);
  return {
    schemaVersion: SCHEMA_VERSION,
    id: options.id,
    url: null,
    contentHash: hashText(text),
    length: text.length,
    headline: null,
    outlet: null,
    byline: null,
    dateline: f.doc.dateline,
    publishedAt: f.doc.published?.value ?? null,
    published: f.doc.published,
    meta: {},
    paragraphs: f.doc.paragraphs.map((p) => text.slice(p.start, p.end)),
    paragraphSpans: [...f.doc.paragraphs],
    captions: [],
    removed: [],
    quotes: f.quotes,
    actors: [...f.actors.actors],
    events: [...events],
    mainEventId,
    warnings: [],
  };
}
