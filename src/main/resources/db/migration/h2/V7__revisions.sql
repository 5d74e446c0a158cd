-- Every change to an article's content keeps a revision: who made it, which
-- fields it changed and a snapshot of the whole content (JSON text), numbered
-- 1, 2, ... per article. Writers number them under the content_event_head
-- lock, so numbers never race; the primary key would refuse a duplicate
-- anyway. The oldest beyond masthead.revisions.keep are deleted as new ones
-- come; deleting the article deletes them all.

create table article_revision (
    article_id     uuid not null references article (id) on delete cascade,
    number         integer not null,
    created_at     timestamp with time zone not null,
    actor_kind     varchar(16) not null,
    actor_id       uuid,
    actor_name     varchar(300),
    changed_fields varchar(500) not null,
    snapshot       character varying not null,
    primary key (article_id, number),
    constraint article_revision_actor_known check (actor_kind in ('ACCOUNT', 'API_KEY', 'SYSTEM')),
    constraint article_revision_number_positive check (number > 0)
);
