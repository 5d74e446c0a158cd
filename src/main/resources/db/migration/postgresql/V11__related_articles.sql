-- Related articles read, for each candidate, its links to the article's tags
-- (and the position of each, for the primary-tag bonus): covering them lets
-- those probes skip the table's heap, halving the pages one ranking touches.
create index article_tag_article_published_idx on article_tag (article_id, tag_id) include (position, published_at)
    where published_at is not null;
