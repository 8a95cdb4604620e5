import { describe, expect, test } from "vitest";
import type { Span } from "../schema/common.js";
import { findDates } from "./dates.js";
import { decidePublished } from "./published.js";

/** A page of lines: the first is a caption, the second the lead with a day and month, the rest body. */
function decide(caption: string, lead: string, body: string[], reference: string | null = null) {
  const raw = [caption, lead, ...body].join("\n");
  const spans: Span[] = [];
  let at = 0;
  for (const line of [caption, lead, ...body]) {
    spans.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const [captionSpan, leadSpan, ...bodySpans] = spans as [Span, Span, ...Span[]];
  const partial = findDates(raw, leadSpan.start, leadSpan.end)[0] ?? null;
  return decidePublished(
    raw,
    raw,
    { stated: [], partial, leadSentence: null, body: [leadSpan, ...bodySpans], captions: [captionSpan] },
    reference,
  );
}

describe("decidePublished with dated captions", () => {
  const cases: { caption: string; lead: string; reference?: string; value: string | null; basis?: string }[] = [
    {
      caption: "The minister speaks in Brussels, Belgium, November 30, 2019. REUTERS/Jane Doe/File Photo",
      lead: "June 4 (Reuters) - The minister said on Thursday talks would resume.",
      value: "2020-06-04",
      basis: "inferred",
    },
    {
      caption: "The minister arrives for a meeting in Oslo, Norway, March 2, 2018. REUTERS/John Roe",
      lead: "March 20 (Reuters) - The minister said on Tuesday the deal was close.",
      value: "2018-03-20",
      basis: "inferred",
    },
    {
      // the reference date's year stands when it keeps the story after the caption
      caption: "Traders work on the floor, January 5, 2017. REUTERS/John Roe",
      lead: "Feb 9 (Reuters) - Stocks fell on Thursday.",
      reference: "2019-05-01",
      value: "2019-02-09",
      basis: "stated",
    },
    {
      // and is lifted when it would put the story before the picture
      caption: "Traders work on the floor, October 5, 2018. REUTERS/John Roe",
      lead: "Feb 9 (Reuters) - Stocks fell on Thursday.",
      reference: "2018-12-01",
      value: "2019-02-09",
      basis: "inferred",
    },
    {
      caption: "Traders work on the floor. REUTERS/John Roe",
      lead: "Feb 9 (Reuters) - Stocks fell on Thursday.",
      value: null,
    },
  ];
  for (const t of cases)
    test(`${t.lead.slice(0, 12)} after ${t.caption.slice(-40)}`, () => {
      const d = decide(t.caption, t.lead, ["Traders said the fall was expected."], t.reference ?? null);
      expect(d?.value ?? null).toBe(t.value);
      if (t.basis) expect(d?.basis).toBe(t.basis);
    });
});
