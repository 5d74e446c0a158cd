-- Delta sync and webhooks read the content log without the entity at hand:
-- a deleted article is gone, and a draft's changes must never reach the
-- public. So each event now keeps the slug the entity had and whether it was
-- public just before and just after the change. Events written before this
-- migration keep both flags false: no sync cursor or webhook predates it.
-- trimmed_through is the highest sequence number the retention job removed;
-- a sync cursor below it has lost events and must start again.

alter table content_event add column slug varchar(200);
alter table content_event add column public_before boolean not null default false;
alter table content_event add column public_after boolean not null default false;

alter table content_event drop constraint content_event_operation_known;
alter table content_event add constraint content_event_operation_known
    check (operation in ('CREATED', 'UPDATED', 'DELETED', 'PUBLISHED', 'UNPUBLISHED', 'SCHEDULED'));

alter table content_event_head add column trimmed_through bigint not null default 0;

-- The sync scan walks only events the public could see.
create index content_event_public_idx on content_event (seq) where public_before or public_after;
create index content_event_occurred_idx on content_event (occurred_at);
