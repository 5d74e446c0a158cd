-- Sign-in attempts, shared by every replica so that the lockout after too many
-- failures holds however many answer (auth/LoginThrottle). Each attempt has one
-- row under its account and one under its client; subjects are SHA-256 hashes
-- of the normalized email or the address, never the text itself. Rows are only
-- inserted, changed or deleted one at a time by id, and pruned by age.
create table sign_in_attempt (
    id           uuid primary key,
    subject      char(64) not null,
    attempted_at timestamp with time zone not null,
    succeeded    boolean not null
);

-- Counting one subject's recent attempts, latest first.
create index sign_in_attempt_subject on sign_in_attempt (subject, attempted_at);
-- Pruning by age.
create index sign_in_attempt_age on sign_in_attempt (attempted_at);
