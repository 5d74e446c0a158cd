-- Scheduling, embargo and expiry (issue #12). A SCHEDULED article carries the
-- instant it goes out (publish_at); a scheduled or published one may carry the
-- instant it comes down again (unpublish_at). The due work lives here, so it
-- survives a stop and every replica sees the same queue.
alter table article add column publish_at timestamp with time zone;
alter table article add column unpublish_at timestamp with time zone;

alter table article drop constraint article_status_known;
alter table article add constraint article_status_known check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED'));
-- publish_at describes a pending schedule and nothing else.
alter table article add constraint article_scheduled_has_time
    check ((status = 'SCHEDULED' and publish_at is not null) or (status <> 'SCHEDULED' and publish_at is null));
-- A draft never expires: unpublishing or unscheduling clears the expiry.
alter table article add constraint article_expiry_not_on_draft check (status <> 'DRAFT' or unpublish_at is null);

-- The two due queries of the schedule job, each a short walk of a small index.
create index article_publish_due_idx on article (publish_at, id) where status = 'SCHEDULED';
create index article_unpublish_due_idx on article (unpublish_at, id) where unpublish_at is not null;
