-- Entente archive, version 3: commitment lengths stored densely for ranking.
--
-- This file has shipped once merged: never edit it. Change the schema with a
-- new, higher-numbered file.
--
-- Ranking (BM25) needs each matching commitment's length in tokens. FTS5
-- keeps it in `commitment_fts_docsize`, one row per commitment, so a
-- one-search process looks up one row, often on its own page, for each
-- match: 182 of the 367 pages a one-word search read at 10,000 articles.
-- Here a row holds the lengths of `length_block_size` consecutive
-- commitment ids (commitment `id` is byte `id % size` of block `id / size`,
-- one byte each: 0 when unknown, 255 for 255 tokens or more, which ranking
-- then asks FTS5 for), so the same search reads a few dozen pages.
--
-- The table is a copy of what FTS5 stores, never the source of truth:
-- `archive_info` says which index it was copied from (`length_blocks_stamp`:
-- the analyzer version and index epoch), its block size and the highest id
-- it covers (`length_blocks_through`). Writing brings it up to date in the
-- same transaction as the commitments; a search uses it only when the stamp
-- is the index's, and otherwise asks FTS5 as before.

PRAGMA user_version = 3;

CREATE TABLE commitment_length_block (
    block       INTEGER PRIMARY KEY CHECK (block >= 0),
    lengths     BLOB NOT NULL CHECK (length(lengths) > 0)
);
