-- Full-text search over articles (GET /api/v1/search).

-- Accents are folded before stemming, so "Turkiye" finds "Türkiye". unaccent is
-- a trusted extension: the database's owner may create it.
create extension if not exists unaccent;

-- Masthead's own configuration: the language's Snowball stemmer, accents folded
-- first. English here; at start the service moves it to masthead.search.language
-- and re-indexes (search/SearchIndexing).
drop text search configuration if exists masthead_search;
create text search configuration masthead_search (copy = english);
alter text search configuration masthead_search
    alter mapping for word, hword, hword_part with unaccent, english_stem;

-- What a search matches, weighted: the title (A), the excerpt and the tags'
-- names (B), the body's plain text (C). An excerpt the editor did not write is
-- the body's first lines: it is left out, or the body's start would count twice.
create function masthead_article_tags(article uuid) returns text language sql stable as $$
    select string_agg(t.name, ' ' order by x.position)
    from article_tag x join tag t on t.id = x.tag_id
    where x.article_id = article
$$;

create function masthead_search_vector(title text, excerpt text, tags text, body text) returns tsvector
language sql stable as $$
    select setweight(to_tsvector('masthead_search', coalesce(title, '')), 'A')
        || setweight(to_tsvector('masthead_search', coalesce(excerpt, '') || ' ' || coalesce(tags, '')), 'B')
        || setweight(to_tsvector('masthead_search', coalesce(body, '')), 'C')
$$;

-- Null until indexed: the articles already here are indexed in the background
-- after this migration (search/SearchIndexing), so deploying it does not hold
-- the start up for as long as a large archive takes.
alter table article add column search_vector tsvector;

-- Only published articles are ever searched.
create index article_search_idx on article using gin (search_vector) where status = 'PUBLISHED';

-- Kept by the database, whatever writes: an article's own text ...
create function masthead_article_search_row() returns trigger language plpgsql as $$
begin
    new.search_vector := masthead_search_vector(new.title, case when new.custom_excerpt then new.excerpt end,
        masthead_article_tags(new.id), new.plaintext);
    return new;
end
$$;
create trigger article_search_row before insert or update of title, excerpt, custom_excerpt, plaintext on article
    for each row execute function masthead_article_search_row();

-- ... the tags it is filed under ...
create function masthead_article_tag_search() returns trigger language plpgsql as $$
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
            masthead_article_tags(a.id), a.plaintext)
        where a.id = changed;
    return null;
end
$$;
create trigger article_tag_search after insert or update of tag_id or delete on article_tag
    for each row execute function masthead_article_tag_search();

-- ... and a tag's new name, in every article filed under it.
create function masthead_tag_search() returns trigger language plpgsql as $$
begin
    update article a
        set search_vector = masthead_search_vector(a.title, case when a.custom_excerpt then a.excerpt end,
            masthead_article_tags(a.id), a.plaintext)
        where a.id in (select x.article_id from article_tag x where x.tag_id = new.id);
    return null;
end
$$;
create trigger tag_search after update of name on tag
    for each row when (old.name is distinct from new.name) execute function masthead_tag_search();
