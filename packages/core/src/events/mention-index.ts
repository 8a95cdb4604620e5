// Adapter from the actors stage: every actor mention of an article as a sorted list of spans, so that the
// actors of a stretch of text are found by binary search.
import type { ActorAnalysis } from "../actors/find-actors.js";
import type { Actor } from "../schema/actor.js";
import { firstStartingAt } from "../text/search.js";

export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly actor: Actor;
}

export interface MentionIndex {
  readonly mentions: readonly MentionRef[];
}

export function indexMentions(actors: ActorAnalysis, articleId: string): MentionIndex {
  const mentions: MentionRef[] = [];
  for (const actor of actors.actors) {
    for (const m of actor.mentions) {
      if (m.articleId && m.articleId !== articleId) continue;
      mentions.push({ start: m.span.start, end: m.span.end, actor });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions };
}

/** The mentions that lie inside [start, end). */
export function mentionsWithin(index: MentionIndex, start: number, end: number): MentionRef[] {
  const list = index.mentions;
  const out: MentionRef[] = [];
  for (let i = firstStartingAt(list, start); i < list.length; i++) {
    const m = list[i];
    if (!m || m.start >= end) break;
    if (m.end <= end) out.push(m);
  }
  return out;
}
