-- The stored corpus. Each article keeps its normalised JSON (the input of linking) and its linked form;
-- actors, events and quote groups are stored once, as linked, with the articles they draw on;
-- link_keys index articles by blocking key so that an ingest loads only its candidate neighbourhood.

CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,        -- ingest order: the corpus is linked in this order
  id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  published_at TEXT,
  outlet TEXT,
  headline TEXT,
  normalized TEXT NOT NULL,                     -- the Article as normalizeArticle returned it (JSON)
  linked TEXT NOT NULL                          -- the CorpusArticle as linking left it (JSON)
);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published_at ON articles (published_at);

-- One row per linked entity (actor, event, quote group). `first_seq` and `ord` give the corpus order.
CREATE TABLE entities (
  kind TEXT NOT NULL CHECK (kind IN ('actor', 'event', 'quote_group')),
  id TEXT NOT NULL,
  first_seq INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  sub TEXT,                                     -- actor kind or event type, for filters
  search TEXT,                                  -- folded name and aliases of an actor, one a line
  date_key TEXT,                                -- event date, '~' when unknown: events sort by it, then id
  day_from TEXT,                                -- first and last day an event's date covers
  day_to TEXT,
  body TEXT NOT NULL,                           -- the entity as linked (JSON)
  PRIMARY KEY (kind, id)
);
CREATE INDEX entities_order ON entities (kind, first_seq, ord);
CREATE INDEX entities_by_date ON entities (kind, date_key, id);
CREATE INDEX entities_by_sub ON entities (kind, sub, date_key, id);

-- Who acted in each event or was acted upon.
CREATE TABLE event_actors (
  event_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  PRIMARY KEY (actor_id, event_id)
);
CREATE INDEX event_actors_event ON event_actors (event_id);

-- Quotes as linked (speaker and group resolved), listed apart from their articles for the quote routes.
CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  span_start INTEGER NOT NULL,
  id TEXT NOT NULL,
  speaker_id TEXT,
  search TEXT NOT NULL,                         -- the folded words
  body TEXT NOT NULL,
  PRIMARY KEY (article_id, span_start, id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

-- Which articles each entity draws on (and so which entities an article contributes to).
CREATE TABLE entity_articles (
  kind TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (kind, entity_id, article_id)
);
CREATE INDEX entity_articles_article ON entity_articles (article_id);

-- Timeline entries: by date (undated last), then in the order of their events.
CREATE TABLE timeline (
  event_id TEXT PRIMARY KEY,
  date TEXT,
  date_key TEXT NOT NULL,                       -- the date, '~' when unknown
  main INTEGER NOT NULL,
  first_seq INTEGER NOT NULL,                   -- the event's place in corpus order
  ord INTEGER NOT NULL
);
CREATE INDEX timeline_order ON timeline (date_key, first_seq, ord);

-- Blocking keys of each article (actor name keys, quote shingles, event date/place keys).
CREATE TABLE link_keys (
  key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  PRIMARY KEY (key, article_id)
);
CREATE INDEX link_keys_article ON link_keys (article_id);

-- A version counter bumped by every write; a write whose reads are stale fails its guard and is retried.
CREATE TABLE store_meta (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
INSERT INTO store_meta (key, value) VALUES ('version', 0);

-- Holds no rows between writes: inserting a 0 fails the CHECK and rolls the whole batch back.
CREATE TABLE write_guard (
  ok INTEGER NOT NULL CHECK (ok = 1)
);
