import { z } from "zod";
import { IsoDate, Span } from "./common.js";

/** What an actor is. Places cover countries, cities, regions and landmarks (see `subtype`). */
export const ActorKind = z.enum(["person", "organization", "place"]);
export type ActorKind = z.infer<typeof ActorKind>;

/** A finer kind, where known: `country`, `city`, `region`, `landmark`, `government`, `agency`, `company`, `media`, `party`, `alliance`, `international`, `group`, `team` (a sports club). */
export const ActorSubtype = z.enum([
  "country",
  "city",
  "region",
  "landmark",
  "government",
  "agency",
  "company",
  "media",
  "party",
  "alliance",
  "international",
  "group",
  "team",
]);
export type ActorSubtype = z.infer<typeof ActorSubtype>;

/** A title an actor held as of a date: "Foreign Minister" of Russia as of 2011-12-08. */
export const Role = z.object({
  title: z.string().min(1),
  of: z.string().nullable().default(null).describe("the organisation or country the title belongs to, as written"),
  asOf: IsoDate.nullable().describe("the date of the article that states it"),
  articleId: z.string(),
  span: Span.optional(),
});
export type Role = z.infer<typeof Role>;

/** How a mention refers to its actor. */
export const MentionVia = z.enum(["name", "alias", "surname", "acronym", "pronoun", "description", "metonym"]);
export type MentionVia = z.infer<typeof MentionVia>;

/** One place in an article where an actor is referred to. */
export const Mention = z.object({
  articleId: z.string(),
  span: Span,
  text: z.string(),
  via: MentionVia,
});
export type Mention = z.infer<typeof Mention>;

/**
 * A person, organisation or place, with every name it goes by and every mention of it.
 *
 * @example
 * const people = article.actors.filter((a) => a.kind === "person");
 * people[0]?.roles.map((r) => `${r.title} of ${r.of} as of ${r.asOf}`);
 */
export const Actor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKind,
  subtype: ActorSubtype.nullable().default(null),
  aliases: z.array(z.string()).default([]).describe("other names and spellings, including short forms"),
  articleIds: z.array(z.string()).default([]),
  roles: z.array(Role).default([]),
  mentions: z.array(Mention).default([]),
  country: z
    .string()
    .nullable()
    .default(null)
    .describe("the country the actor belongs to or lies in, as an English short name"),
  standsFor: z
    .string()
    .nullable()
    .default(null)
    .describe("for a place used as an actor (the Kremlin, Moscow), the id of the actor it stands for"),
});
export type Actor = z.infer<typeof Actor>;
