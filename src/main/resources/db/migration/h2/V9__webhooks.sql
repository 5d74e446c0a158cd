-- Webhooks (issue #13). An endpoint subscribes to event types; its signing
-- secret is stored encrypted (AES-GCM under masthead.webhooks.encryption-key),
-- so a dump of this table cannot forge a signature. During a rotation the
-- previous secret signs too, until previous_secret_until.
-- kind WEBSUB is the one row that stands for masthead.feeds.hub-url: hub pings
-- go through the same outbox, and the admin API never lists it.
create table webhook (
    id                    uuid primary key,
    kind                  varchar(16) not null,
    url                   varchar(2048) not null,
    events                varchar(2000) not null,
    description           varchar(500),
    active                boolean not null,
    secret                varchar(200) not null,
    previous_secret       varchar(200),
    previous_secret_until timestamp with time zone,
    disabled_reason       varchar(500),
    disabled_at           timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    constraint webhook_kind_known check (kind in ('WEBHOOK', 'WEBSUB'))
);

-- How far the fan-out has read the content log: one row, locked by the one
-- replica that fans out at a time (FOR UPDATE SKIP LOCKED). It starts at the
-- log's head, so history before webhooks existed is never sent.
create table webhook_outbox_head (
    id  integer primary key,
    seq bigint not null,
    constraint webhook_outbox_head_single check (id = 1)
);
insert into webhook_outbox_head (id, seq) select 1, seq from content_event_head where id = 1;

-- One event to tell (its id is the webhook-id header: the same on every retry
-- and every redelivery, so receivers deduplicate). The payload is the exact
-- JSON that is signed and sent.
create table webhook_message (
    id          uuid primary key,
    event_type  varchar(40) not null,
    seq         bigint,
    payload     character varying not null,
    created_at  timestamp with time zone not null
);

-- One message to one endpoint, and where its delivery stands. A sender holds
-- a lease (lease_until) while its request is out, so no two replicas send it
-- at once; a replica that dies leaves the lease to run out. The retry
-- schedule counts attempts from schedule_from: a redelivery starts it again.
create table webhook_delivery (
    id              uuid primary key,
    webhook_id      uuid not null references webhook (id) on delete cascade,
    message_id      uuid not null references webhook_message (id),
    status          varchar(16) not null,
    attempts        integer not null,
    schedule_from   integer not null,
    next_attempt_at timestamp with time zone,
    lease_until     timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint webhook_delivery_status_known check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index webhook_delivery_list_idx on webhook_delivery (webhook_id, created_at, id);
create index webhook_delivery_message_idx on webhook_delivery (message_id);

-- Every attempt of a delivery: when, what came back (status null when no
-- answer came: refused, timed out) and how long it took.
create table webhook_attempt (
    delivery_id      uuid not null references webhook_delivery (id) on delete cascade,
    number           integer not null,
    attempted_at     timestamp with time zone not null,
    status_code      integer,
    duration_ms      integer not null,
    response_excerpt varchar(1024),
    error            varchar(500),
    primary key (delivery_id, number)
);

create index webhook_delivery_due_idx on webhook_delivery (status, next_attempt_at, id);
