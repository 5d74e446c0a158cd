-- API keys for integrators: only a SHA-256 hash of each secret is stored.
create table api_key (
    id           uuid primary key,
    name         varchar(200) not null,
    prefix       varchar(16)  not null,
    secret_hash  varchar(64)  not null,
    scopes       varchar(200) not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone,
    constraint api_key_secret_unique unique (secret_hash)
);
