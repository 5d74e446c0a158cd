-- Related articles read, for each candidate, its links to the article's tags
-- and their positions: the same covering index as on PostgreSQL (H2 has no
-- INCLUDE or partial indexes, so all four columns are keys).
create index article_tag_article_published_idx on article_tag (article_id, tag_id, position, published_at);
