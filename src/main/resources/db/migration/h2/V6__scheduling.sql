-- Scheduling, embargo and expiry (issue #12): see the PostgreSQL migration.
-- H2 has no partial indexes, so the due indexes lead with the filtered column.
alter table article add column publish_at timestamp with time zone;
alter table article add column unpublish_at timestamp with time zone;

alter table article drop constraint article_status_known;
alter table article add constraint article_status_known check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED'));
alter table article add constraint article_scheduled_has_time
    check ((status = 'SCHEDULED' and publish_at is not null) or (status <> 'SCHEDULED' and publish_at is null));
alter table article add constraint article_expiry_not_on_draft check (status <> 'DRAFT' or unpublish_at is null);

create index article_publish_due_idx on article (status, publish_at, id);
create index article_unpublish_due_idx on article (unpublish_at, id);
