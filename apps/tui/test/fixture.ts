// A small hand-made corpus: three articles from two outlets about invented trade talks, with actors, quotes
// (one utterance worded differently by two outlets), events and a timeline. Offsets are computed from the
// text, and the whole is validated against the Corpus schema, so tests do not depend on extraction.
import { Corpus, type CorpusArticle, type Span } from "@newsgraph/core";

interface Draft {
  readonly id: string;
  readonly headline: string;
  readonly outlet: string;
  readonly date: string;
  readonly paragraphs: readonly string[];
  readonly debris: string;
}

const drafts: Draft[] = [
  {
    id: "vienna-1",
    headline: "Trade ministers fail to bridge gap on steel tariffs",
    outlet: "Danube Wire",
    date: "2023-03-14",
    debris: "Share this article | Subscribe",
    paragraphs: [
      "VIENNA - Trade ministers meeting in Vienna on Tuesday failed to agree on steel tariffs.",
      '"We are not there yet, but the door stays open," Austrian trade minister Maria Keller told reporters.',
      "The European Commission said it would propose new quotas next month.",
    ],
  },
  {
    id: "vienna-2",
    headline: "Keller says door stays open after tariff talks stall",
    outlet: "Alpine Post",
    date: "2023-03-15",
    debris: "Related: Steel prices climb",
    paragraphs: [
      'Maria Keller said on Tuesday: "We are not there yet, but the door remains open."',
      "Negotiators will meet again in Brussels in April, officials said.",
    ],
  },
  {
    id: "brussels-1",
    headline: "Commission tables steel quota plan",
    outlet: "Danube Wire",
    date: "2023-04-20",
    debris: "Advertisement",
    paragraphs: [
      "BRUSSELS - The European Commission on Thursday proposed quotas on imported steel.",
      '"This is a fair offer," said commission spokesman Jonas Berg.',
    ],
  },
];

function spanOf(raw: string, text: string, from = 0): Span {
  const start = raw.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length };
}

function article(d: Draft): { article: CorpusArticle; raw: string } {
  const raw = [d.debris, d.headline, `By Staff, ${d.outlet}`, ...d.paragraphs].join("\n\n");
  const paragraphSpans = d.paragraphs.map((p) => spanOf(raw, p));
  return {
    raw,
    article: {
      schemaVersion: "1.0.0",
      id: d.id,
      url: null,
      contentHash: `hash-${d.id}`,
      length: raw.length,
      headline: d.headline,
      outlet: d.outlet,
      byline: "Staff",
      dateline: d.paragraphs[0]?.match(/^([A-Z]+) -/)?.[1] ?? null,
      publishedAt: d.date,
      published: { value: d.date, precision: "day", basis: "stated" },
      meta: { headline: spanOf(raw, d.headline) },
      paragraphs: [...d.paragraphs],
      paragraphSpans,
      captions: [],
      removed: [{ text: d.debris, span: spanOf(raw, d.debris), reason: "widget" }],
      quotes: [],
      mainEventId: null,
      warnings: [],
      actorIds: [],
      eventIds: [],
    },
  };
}

/** Builds the fixture corpus (validated), plus the raw text of each article for checking spans. */
export function makeFixture(): { corpus: Corpus; raws: Map<string, string> } {
  const built = drafts.map(article);
  const raws = new Map(built.map((b) => [b.article.id, b.raw]));
  const [v1, v2, b1] = built.map((b) => b.article) as [CorpusArticle, CorpusArticle, CorpusArticle];
  const r = (a: CorpusArticle) => raws.get(a.id) ?? "";
  const mention = (a: CorpusArticle, text: string, via: "name" | "surname" = "name") => ({
    articleId: a.id,
    span: spanOf(r(a), text, a.paragraphSpans[0]?.start ?? 0),
    text,
    via,
  });

  const keller = {
    id: "maria-keller",
    name: "Maria Keller",
    kind: "person",
    subtype: null,
    aliases: ["Keller"],
    articleIds: [v1.id, v2.id],
    roles: [
      {
        title: "trade minister",
        of: "Austria",
        asOf: "2023-03-14",
        articleId: v1.id,
        span: spanOf(r(v1), "Austrian trade minister"),
      },
    ],
    mentions: [mention(v1, "Maria Keller"), mention(v2, "Maria Keller")],
    country: "Austria",
    standsFor: null,
  };
  const commission = {
    id: "european-commission",
    name: "European Commission",
    kind: "organization",
    subtype: "government",
    aliases: ["Commission"],
    articleIds: [v1.id, b1.id],
    roles: [],
    mentions: [
      mention(v1, "European Commission"),
      mention(b1, "European Commission"),
      {
        articleId: b1.id,
        span: ((s) => ({ start: s.start, end: s.start + "commission".length }))(spanOf(r(b1), "commission spokesman")),
        text: "commission",
        via: "description",
      },
    ],
    country: null,
    standsFor: null,
  };
  const berg = {
    id: "jonas-berg",
    name: "Jonas Berg",
    kind: "person",
    subtype: null,
    aliases: [],
    articleIds: [b1.id],
    roles: [{ title: "spokesman", of: "European Commission", asOf: "2023-04-20", articleId: b1.id }],
    mentions: [mention(b1, "Jonas Berg")],
    country: null,
    standsFor: null,
  };
  const vienna = {
    id: "vienna",
    name: "Vienna",
    kind: "place",
    subtype: "city",
    aliases: [],
    articleIds: [v1.id],
    roles: [],
    mentions: [mention(v1, "Vienna")],
    country: "Austria",
    standsFor: null,
  };

  const q1Text = "We are not there yet, but the door stays open,";
  const q2Text = "We are not there yet, but the door remains open.";
  const q3Text = "This is a fair offer,";
  v1.quotes = [
    {
      id: "vienna-1/q0",
      articleId: v1.id,
      text: q1Text,
      span: spanOf(r(v1), q1Text),
      kind: "direct",
      speakerId: keller.id,
      speaker: "Maria Keller",
      speakerSpan: spanOf(r(v1), "Maria Keller"),
      attribution: "explicit",
      cue: "told reporters",
      cueSpan: spanOf(r(v1), "told reporters"),
      paragraph: 1,
      groupId: "g-door",
    },
  ];
  v2.quotes = [
    {
      id: "vienna-2/q0",
      articleId: v2.id,
      text: q2Text,
      span: spanOf(r(v2), q2Text),
      kind: "direct",
      speakerId: keller.id,
      speaker: "Maria Keller",
      speakerSpan: spanOf(r(v2), "Maria Keller"),
      attribution: "explicit",
      cue: "said",
      cueSpan: spanOf(r(v2), "said"),
      paragraph: 0,
      groupId: "g-door",
    },
  ];
  b1.quotes = [
    {
      id: "brussels-1/q0",
      articleId: b1.id,
      text: q3Text,
      span: spanOf(r(b1), q3Text),
      kind: "direct",
      speakerId: berg.id,
      speaker: "Jonas Berg",
      speakerSpan: spanOf(r(b1), "Jonas Berg"),
      attribution: "explicit",
      cue: "said",
      cueSpan: ((s) => ({ start: s.start, end: s.start + 4 }))(spanOf(r(b1), "said commission")),
      paragraph: 1,
      groupId: null,
    },
  ];
  const evidence = (a: CorpusArticle, text: string) => [{ articleId: a.id, span: spanOf(r(a), text), text }];
  const events = [
    {
      id: "ev-talks",
      type: "CONSULT",
      cameo: "04",
      predicate: "failed to agree on",
      summary: "Trade ministers: failed to agree on steel tariffs",
      sourceIds: [keller.id],
      targetIds: [],
      date: "2023-03-14",
      time: { value: "2023-03-14", precision: "day", basis: "inferred", text: "Tuesday" },
      place: vienna.id,
      placeName: "Vienna",
      evidence: evidence(v1, "Trade ministers meeting in Vienna on Tuesday failed to agree on steel tariffs."),
      articleIds: [v1.id, v2.id],
      quoteIds: [],
    },
    {
      id: "ev-quotas",
      type: "SANCTION",
      cameo: "16",
      predicate: "proposed quotas on",
      summary: "European Commission: proposed quotas on imported steel",
      sourceIds: [commission.id],
      targetIds: [],
      date: "2023-04-20",
      time: null,
      place: null,
      placeName: "Brussels",
      evidence: evidence(b1, "The European Commission on Thursday proposed quotas on imported steel."),
      articleIds: [b1.id],
      quoteIds: [],
    },
    {
      id: "ev-meet",
      type: "CONSULT",
      cameo: "04",
      predicate: "will meet again",
      summary: "Negotiators: will meet again in Brussels",
      sourceIds: [],
      targetIds: [],
      date: "2023-04",
      time: null,
      place: null,
      placeName: null,
      evidence: evidence(v2, "Negotiators will meet again in Brussels in April, officials said."),
      articleIds: [v2.id],
      quoteIds: [],
    },
  ];
  v1.mainEventId = "ev-talks";
  v1.actorIds = [keller.id, commission.id, vienna.id];
  v1.eventIds = ["ev-talks"];
  v2.actorIds = [keller.id];
  v2.eventIds = ["ev-talks", "ev-meet"];
  b1.actorIds = [commission.id, berg.id];
  b1.mainEventId = "ev-quotas";
  b1.eventIds = ["ev-quotas"];

  const corpus = Corpus.parse({
    schemaVersion: "1.0.0",
    articles: [v1, v2, b1],
    actors: [keller, commission, berg, vienna],
    events,
    quoteGroups: [
      {
        id: "g-door",
        text: q1Text,
        speakerIds: [keller.id],
        quoteIds: ["vienna-1/q0", "vienna-2/q0"],
        articleIds: [v1.id, v2.id],
        variants: [
          {
            quoteId: "vienna-1/q0",
            articleId: v1.id,
            text: q1Text,
            diff: [{ op: "equal", text: q1Text }],
          },
          {
            quoteId: "vienna-2/q0",
            articleId: v2.id,
            text: q2Text,
            diff: [
              { op: "equal", text: "We are not there yet, but the door " },
              { op: "delete", text: "stays open," },
              { op: "insert", text: "remains open." },
            ],
          },
        ],
      },
    ],
    timeline: [
      { eventId: "ev-talks", date: "2023-03-14", main: true },
      { eventId: "ev-meet", date: "2023-04", main: false },
      { eventId: "ev-quotas", date: "2023-04-20", main: true },
    ],
  });
  return { corpus, raws };
}
