-- What the Delivery read path needs to stay fast at a million articles.

-- Article bodies are read on every article page: lz4 decompresses them several
-- times faster than the default pglz (PostgreSQL 14 or later, built with lz4).
alter table article alter column markdown set compression lz4;
alter table article alter column html set compression lz4;
alter table article alter column plaintext set compression lz4;

-- The sorts besides publication order: by title, and most recently updated first.
create index article_published_title_idx on article (title, id) where status = 'PUBLISHED';
create index article_published_updated_idx on article (updated_at desc, id desc) where status = 'PUBLISHED';

-- An article's publication time copied onto its tag and author links (null
-- while a draft), so "newest in this tag" walks one index in order.
alter table article_tag add column published_at timestamp with time zone;
alter table article_author add column published_at timestamp with time zone;
update article_tag x set published_at = a.published_at from article a where a.id = x.article_id and a.status = 'PUBLISHED';
update article_author x set published_at = a.published_at from article a where a.id = x.article_id and a.status = 'PUBLISHED';
create index article_tag_published_idx on article_tag (tag_id, published_at desc, article_id desc)
    where published_at is not null;
create index article_author_published_idx on article_author (author_id, published_at desc, article_id desc)
    where published_at is not null;

-- Published article counts, kept by every article write (after it takes the
-- content log's lock, so writers update them one after another).
alter table tag add column published_articles bigint not null default 0;
alter table author add column published_articles bigint not null default 0;
update tag t set published_articles = (select count(*) from article_tag x where x.tag_id = t.id and x.published_at is not null);
update author p set published_articles = (select count(*) from article_author x where x.author_id = p.id and x.published_at is not null);
create table published_total (
    id       integer primary key,
    articles bigint not null,
    constraint published_total_single check (id = 1)
);
insert into published_total (id, articles) select 1, count(*) from article where status = 'PUBLISHED';
