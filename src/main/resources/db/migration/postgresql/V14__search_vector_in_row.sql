-- A search reads the stored vector of every article it tests or ranks: the
-- probe's 200, the 1,000 a walk or a slice keeps, every article holding a
-- phrase's words for the phrase's recheck. A vector of several kilobytes is
-- kept out of line by default (TOAST): each read is a lookup in the TOAST
-- index and three or four chunks. Stored as "main" it stays in the article's
-- row, compressed when that pays, and is moved out only when the row cannot
-- fit in a page: each read is the row's page alone (bench/RESULTS.md).
--
-- The ids of the tags an article is filed under go beside it: a search counts
-- its matches' tags (the facets) from the rows it reads anyway, where reading
-- article_tag for 1,000 matches took 8-17 ms at a million articles. Kept by
-- the same triggers as the vector (below).
--
-- While a row is too long, PostgreSQL moves its other values out of line,
-- the longest first, before it moves a "main" one: every value over a few
-- dozen bytes, so the slug, the title and the excerpt a list reads would go
-- too. Those are "main" as well; the bodies (markdown, html, plaintext) go out.
alter table article add column search_tag_ids uuid[];
alter table article
    alter column search_vector set storage main,
    alter column search_tag_ids set storage main,
    alter column slug set storage main,
    alter column title set storage main,
    alter column excerpt set storage main,
    alter column status set storage main,
    alter column feature_image_url set storage main,
    alter column feature_image_alt set storage main,
    alter column feature_image_caption set storage main,
    alter column meta_title set storage main,
    alter column meta_description set storage main,
    alter column canonical_url set storage main,
    alter column og_image set storage main;

-- Vectors already stored stay out of line until written again, and their
-- tag ids are null: search/SearchIndexing stores both anew in the
-- background, a batch at a time in id order, after the id kept here, and
-- deletes the row when done.
create table search_vector_move (
    id    integer primary key check (id = 1),
    after uuid
);
insert into search_vector_move (id) values (1);

create function masthead_article_tag_ids(article uuid) returns uuid[] language sql stable as $$
    select coalesce(array_agg(x.tag_id order by x.position), '{}')
    from article_tag x
    where x.article_id = article
$$;

create or replace function masthead_article_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := masthead_search_vector(new.title, case when new.custom_excerpt then new.excerpt end,
        masthead_article_tags(new.id), new.plaintext);
    new.search_tag_ids := masthead_article_tag_ids(new.id);
    return new;
end
$$;

create or replace function masthead_article_tag_search() returns trigger language plpgsql as $$
declare
    changed uuid;
begin
    if tg_op = 'DELETE' then
        changed := old.article_id;
    else
        changed := new.article_id;
    end if;
    update article a
        set search_vector = masthead_search_vector(a.title, case when a.custom_excerpt then a.excerpt end,
            masthead_article_tags(a.id), a.plaintext),
            search_tag_ids = masthead_article_tag_ids(a.id)
        where a.id = changed;
    return null;
end
$$;
