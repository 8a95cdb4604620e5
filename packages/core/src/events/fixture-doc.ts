// Builds the inputs of the events stage from plain text and a list of actor names, for tests of this stage
// and of the corpus that must not depend on how far the cleaning, actor and quote stages have come.
import type { ActorAnalysis } from "../actors/find-actors.js";
import type { CleanDoc, SentenceSpan } from "../pipeline/context.js";
import type { Actor, ActorKind, ActorSubtype, Role } from "../schema/actor.js";
import type { DateValue, Span } from "../schema/common.js";
import type { Quote } from "../schema/quote.js";
import { foldText } from "../text/fold.js";
import { slugify } from "./ids.js";

export interface FixtureActor {
  readonly name: string;
  readonly kind: ActorKind;
  readonly subtype?: ActorSubtype;
  readonly aliases?: readonly string[];
  readonly country?: string;
  readonly roles?: readonly Omit<Role, "articleId">[];
}

export interface FixtureOptions {
  readonly id: string;
  readonly published?: string | null;
  readonly dateline?: string | null;
  readonly actors?: readonly FixtureActor[];
  /** Quote speakers in order of the quotes; null leaves a quote unattributed. */
  readonly speakers?: readonly (string | null)[];
}

export interface Fixture {
  readonly doc: CleanDoc;
  readonly actors: ActorAnalysis;
  readonly quotes: Quote[];
}

function splitSentences(folded: string, paragraphs: readonly Span[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  paragraphs.forEach((p, paragraph) => {
    const re = /[^.!?]+(?:[.!?]+["']?|$)/g;
    for (const m of folded.slice(p.start, p.end).matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = p.start + m.index + lead;
      const last = out[out.length - 1];
      // "U.S." and "Dec." do not end a sentence when a lowercase word or digit follows
      if (last && last.paragraph === paragraph && /^[a-z0-9]/.test(text))
        out[out.length - 1] = { ...last, end: start + text.length };
      else out.push({ start, end: start + text.length, paragraph });
    }
  });
  return out;
}

function findAll(folded: string, name: string): Span[] {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return [...folded.matchAll(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, "g"))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
  }));
}

/** A CleanDoc, actors found by exact name and alias, and quotes between double quote marks. */
export function makeFixture(text: string, options: FixtureOptions): Fixture {
  const folded = foldText(text);
  const paragraphs: Span[] = [];
  for (const m of folded.matchAll(/[^\n]+/g))
    if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const sentences = splitSentences(folded, paragraphs);
  const taken: Span[] = [];
  const actors: Actor[] = (options.actors ?? []).map((a) => {
    const names = [a.name, ...(a.aliases ?? [])].sort((x, y) => y.length - x.length);
    const spans = names.flatMap((n) => findAll(folded, n).map((s) => ({ s, n })));
    const mentions = spans
      .filter(({ s }) => !taken.some((t) => s.start < t.end && t.start < s.end))
      .map(({ s, n }) => {
        taken.push(s);
        return {
          articleId: options.id,
          span: s,
          text: text.slice(s.start, s.end),
          via: n === a.name ? ("name" as const) : ("alias" as const),
        };
      });
    return {
      id: `${a.kind}:${slugify(a.name)}`,
      name: a.name,
      kind: a.kind,
      subtype: a.subtype ?? null,
      aliases: [...(a.aliases ?? [])],
      articleIds: [options.id],
      roles: (a.roles ?? []).map((r) => ({ ...r, articleId: options.id })),
      mentions,
      country: a.country ?? null,
      standsFor: null,
    };
  });
  const quotes: Quote[] = [...folded.matchAll(/"([^"]+)"/g)].map((m, i) => {
    const speaker = options.speakers?.[i] ?? null;
    const actor = actors.find((a) => a.name === speaker);
    const start = m.index + 1;
    return {
      id: `q${i}`,
      articleId: options.id,
      text: text.slice(start, start + (m[1]?.length ?? 0)),
      span: { start, end: start + (m[1]?.length ?? 0) },
      kind: "direct",
      speakerId: actor?.id ?? null,
      speaker,
      speakerSpan: null,
      attribution: actor ? "explicit" : "none",
      cue: null,
      cueSpan: null,
      paragraph: Math.max(
        0,
        paragraphs.findIndex((p) => start >= p.start && start < p.end),
      ),
      groupId: null,
    };
  });
  const published: DateValue | null = options.published
    ? { value: options.published, precision: "day", basis: "stated" }
    : null;
  const doc: CleanDoc = {
    id: options.id,
    raw: text,
    folded,
    paragraphs,
    sentences,
    captions: [],
    removed: [],
    headline: null,
    outlet: null,
    byline: null,
    dateline: options.dateline ?? null,
    published,
    meta: {},
  };
  const mentions = actors
    .flatMap((a) => a.mentions.map((m) => ({ start: m.span.start, end: m.span.end, actorId: a.id, via: m.via })))
    .sort((a, b) => a.start - b.start);
  const byId = new Map(actors.map((a) => [a.id, a]));
  return { doc, actors: { actors, mentions, byId, gender: new Map() }, quotes };
}
