import fc from "fast-check";
import { expect, test } from "vitest";
import { findActors } from "../actors/find-actors.js";
import { testDoc } from "../actors/test-doc.js";
import { findQuotes } from "./find-quotes.js";

const pieces = [
  '"',
  "\u201c",
  "\u201d",
  "'",
  " said ",
  "He ",
  "Smith",
  " Anna Berg",
  ", ",
  ". ",
  "\n",
  "the minister",
  "NATO-",
  "al-",
  "Mr. ",
  "told reporters",
  "U.S.",
];

test("never throws, and every span lies inside the text", () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }),
      (parts) => {
        const text = parts.join("");
        const doc = testDoc(text);
        const analysis = findActors(doc);
        const quotes = findQuotes(doc, analysis);
        for (const a of analysis.actors)
          for (const m of a.mentions) expect(m.span.end).toBeLessThanOrEqual(text.length);
        for (const q of quotes) {
          expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
          if (q.speakerSpan) expect(q.speakerSpan.end).toBeLessThanOrEqual(text.length);
        }
      },
    ),
    { numRuns: 300 },
  );
});
