-- Hashes of stored rows: a relink compares them with the rows it computes and writes only what changed.
-- Rows stored before this migration have none and are written again the first time they are relinked.
-- store_meta 'next_seq' (written by ingests) keeps ingest numbers from being used twice after a removal.

ALTER TABLE entities ADD COLUMN hash TEXT;
ALTER TABLE articles ADD COLUMN linked_hash TEXT;
