import type { ColumnType, Generated } from "kysely";

/** What an entity row holds. */
export type EntityKind = "actor" | "event" | "quote_group";

/** The tables of the migrations (migrations/*.sql), as Kysely sees them. */
export interface StoreSchema {
  articles: {
    seq: Generated<number>;
    id: string;
    content_hash: string;
    published_at: string | null;
    outlet: string | null;
    headline: string | null;
    normalized: string;
    linked: string;
    /** Hash of `linked` (migration 0002); null on rows written before it. */
    linked_hash: string | null;
  };
  entities: {
    kind: EntityKind;
    id: string;
    first_seq: number;
    ord: number;
    sub: string | null;
    search: string | null;
    date_key: string | null;
    day_from: string | null;
    day_to: string | null;
    body: string;
    /** Hash of the row and, for an event, its timeline entry (migration 0002); null before it. */
    hash: string | null;
  };
  event_actors: { event_id: string; actor_id: string };
  quotes: {
    article_id: string;
    span_start: number;
    id: string;
    speaker_id: string | null;
    search: string;
    body: string;
  };
  entity_articles: { kind: EntityKind; entity_id: string; article_id: string };
  timeline: { event_id: string; date: string | null; date_key: string; main: number; first_seq: number; ord: number };
  link_keys: { key: string; article_id: string };
  store_meta: { key: string; value: number };
  write_guard: { ok: ColumnType<number, number, never> };
  d1_migrations: { id: Generated<number>; name: string; applied_at: Generated<string> };
}
