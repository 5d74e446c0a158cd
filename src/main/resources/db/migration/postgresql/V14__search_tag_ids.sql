-- The ids of the tags an article is filed under, in its row beside its
-- vector: a search counts its matches' tags (the facets) from the rows it
-- reads anyway, where reading article_tag for 1,000 matches took 8-17 ms at a
-- million articles (bench/RESULTS.md). Kept by the same triggers as the
-- vector (below).
alter table article add column search_tag_ids uuid[];

-- Null for the articles already here: search/SearchIndexing fills them in the
-- background, a batch at a time in id order, after the id kept here, and
-- deletes the row when done. Meanwhile the facets of a search with such a
-- match are counted from the tag links.
create table search_tag_ids_fill (
    id    integer primary key check (id = 1),
    after uuid
);
insert into search_tag_ids_fill (id) values (1);

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
