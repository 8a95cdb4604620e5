import { expect, test } from "vitest";
import { makeFixture } from "./fixture.js";

test("every span of the fixture covers the text it claims", () => {
  const { corpus, raws } = makeFixture();
  for (const a of corpus.articles) {
    const raw = raws.get(a.id) ?? "";
    a.paragraphs.forEach((p, i) => {
      expect(raw.slice(a.paragraphSpans[i]?.start, a.paragraphSpans[i]?.end)).toBe(p);
    });
    for (const q of a.quotes) expect(raw.slice(q.span.start, q.span.end)).toBe(q.text);
  }
  for (const actor of corpus.actors)
    for (const m of actor.mentions) expect(raws.get(m.articleId)?.slice(m.span.start, m.span.end)).toBe(m.text);
  for (const e of corpus.events)
    for (const ev of e.evidence) expect(raws.get(ev.articleId)?.slice(ev.span.start, ev.span.end)).toBe(ev.text);
});
