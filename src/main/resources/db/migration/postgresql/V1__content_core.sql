-- Authors, tags, articles (with ordered authors and tags), old article slugs,
-- and the accounts that sign in to the Management API.

create table author (
    id          uuid primary key,
    slug        varchar(96)  not null,
    name        varchar(200) not null,
    bio         text,
    avatar_url  varchar(2048),
    website     varchar(2048),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint author_slug_unique unique (slug)
);

create table tag (
    id          uuid primary key,
    slug        varchar(96)  not null,
    name        varchar(200) not null,
    description text,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint not null,
    constraint tag_slug_unique unique (slug)
);

create table article (
    id                    uuid primary key,
    slug                  varchar(96)  not null,
    title                 varchar(300) not null,
    markdown              text not null,
    html                  text not null,
    plaintext             text not null,
    excerpt               text not null,
    custom_excerpt        boolean not null,
    word_count            integer not null,
    reading_time_minutes  integer not null,
    feature_image_url     varchar(2048),
    feature_image_alt     varchar(500),
    feature_image_caption varchar(1000),
    featured              boolean not null,
    meta_title            varchar(300),
    meta_description      varchar(500),
    canonical_url         varchar(2048),
    og_image              varchar(2048),
    status                varchar(16) not null,
    published_at          timestamp with time zone,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint not null,
    constraint article_slug_unique unique (slug),
    constraint article_status_known check (status in ('DRAFT', 'PUBLISHED')),
    constraint article_published_has_date check (status <> 'PUBLISHED' or published_at is not null)
);

-- The Delivery API reads published articles newest first, keyset-paged by (published_at, id).
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_featured_idx on article (featured, published_at desc, id desc) where status = 'PUBLISHED';
create index article_status_updated_idx on article (status, updated_at desc);

create table article_author (
    article_id uuid not null references article (id) on delete cascade,
    author_id  uuid not null references author (id),
    position   integer not null,
    primary key (article_id, position),
    constraint article_author_once unique (article_id, author_id)
);
create index article_author_author_idx on article_author (author_id, article_id);

create table article_tag (
    article_id uuid not null references article (id) on delete cascade,
    tag_id     uuid not null references tag (id),
    position   integer not null,
    primary key (article_id, position),
    constraint article_tag_once unique (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);

-- An article's former slugs keep resolving (the Delivery API redirects them).
create table article_slug_redirect (
    slug       varchar(96) primary key,
    article_id uuid not null references article (id) on delete cascade
);

create table account (
    id            uuid primary key,
    email         varchar(320) not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    name          varchar(200) not null,
    author_id     uuid references author (id),
    active        boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint not null,
    constraint account_email_unique unique (email),
    constraint account_role_known check (role in ('CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN'))
);
