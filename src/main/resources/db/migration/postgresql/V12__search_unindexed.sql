-- The articles the search index does not hold yet (the archive V10 found, or
-- every one after a change of language is being worked through): search/
-- SearchIndexing looks for them at every start, and without this it read the
-- whole table to learn there were none (about 3 s at a million articles).
create index article_search_unindexed_idx on article (id) where search_vector is null;
