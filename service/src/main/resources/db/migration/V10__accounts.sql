-- Accounts: users with one role and a scope (a list of counties, a province, or every county), personal API
-- tokens stored only as SHA-256 digests, and an append-only audit log.
create table app_user (
    id                   bigserial primary key,
    username             varchar(64)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash        varchar(100) not null,
    role                 varchar(16)  not null check (role in ('admin', 'contractor', 'bureau', 'evaluator')),
    all_counties         boolean      not null default false,
    province             varchar(100),
    counties             varchar(32)[] not null default '{}',
    must_change_password boolean      not null default true,
    enabled              boolean      not null default true,
    created_at           timestamp with time zone not null default now()
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_sha256 char(64)     not null unique,
    created_at   timestamp with time zone not null default now(),
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

-- Who did what: users are named, not referenced, so the log outlives deleted users and counties.
create table audit_event (
    id          bigserial primary key,
    at          timestamp with time zone not null default now(),
    username    varchar(200),
    action      varchar(64)  not null,
    county_code varchar(32),
    target      varchar(300),
    outcome     integer      not null,
    address     varchar(64)
);
create index audit_event_county on audit_event (county_code, id);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % on audit_event refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
