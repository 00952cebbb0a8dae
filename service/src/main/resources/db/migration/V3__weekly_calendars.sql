-- Weekly service calendars and target-cost comparisons: one background job each, its progress and its result.
create table calendar_job (
    id                      bigserial primary key,
    county_id               bigint not null references county (id) on delete cascade,
    kind                    varchar(16) not null check (kind in ('CALENDAR', 'TARGET_COST')),
    status                  varchar(16) not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    request                 jsonb not null,
    created_at              timestamp with time zone not null default now(),
    finished_at             timestamp with time zone,
    phase                   varchar(100),
    fraction_done           double precision not null default 0,
    error_message           text,
    result                  jsonb
);

create index calendar_job_county_idx on calendar_job (county_id, created_at desc);
create index calendar_job_status_idx on calendar_job (status);
