-- One log of every content change, appended in the writing transaction. It
-- drives cache invalidation on every replica now, and later delta sync and
-- webhook delivery. Writers take the single content_event_head row lock to
-- number their event, so events commit in sequence order and a reader that
-- has seen seq N never later finds a committed event below N.

create table content_event_head (
    id  integer primary key,
    seq bigint not null,
    constraint content_event_head_single check (id = 1)
);
insert into content_event_head (id, seq) values (1, 0);

create table content_event (
    seq         bigint primary key,
    entity_type varchar(16) not null,
    entity_id   uuid not null,
    operation   varchar(16) not null,
    occurred_at timestamp with time zone not null,
    constraint content_event_entity_known check (entity_type in ('ARTICLE', 'TAG', 'AUTHOR')),
    constraint content_event_operation_known
        check (operation in ('CREATED', 'UPDATED', 'DELETED', 'PUBLISHED', 'UNPUBLISHED'))
);
create index content_event_entity_idx on content_event (entity_type, entity_id, seq);
