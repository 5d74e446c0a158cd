-- Search on the embedded H2 default (PlainSearch): H2 has no text search that
-- folds accents and reads websearch syntax, so the fallback compares folded
-- text by substring. This alias lets SQL fold a column exactly as the Java
-- side folds the reader's words (same code, so both sides always agree).
-- PostgreSQL searches with its own tsvector instead (see its V10).
create alias if not exists masthead_fold deterministic for 'dev.masthead.search.WebSearchQuery.fold';
