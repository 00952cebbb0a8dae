-- Daily plans: one solve of a county's day, its progress while it runs and its result when done.
create table daily_plan (
    id                 bigserial primary key,
    county_id          bigint not null references county (id) on delete cascade,
    plan_date          date not null,
    status             varchar(16) not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    stopped_early      boolean not null default false,
    demand_source      varchar(16) not null check (demand_source in ('GENERATED', 'UPLOADED')),
    demand_seed        bigint,
    hub_choice         varchar(16) not null check (hub_choice in ('DESIGNATED', 'ALL')),
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 600),
    created_at         timestamp with time zone not null default now(),
    started_at         timestamp with time zone,
    finished_at        timestamp with time zone,
    phase              varchar(100),
    fraction_done      double precision not null default 0,
    best_score         varchar(200),
    error_message      text,
    -- Summary of the result, for listing plans without reading it.
    cost_fen           bigint,
    distance_metres    bigint,
    vehicles_used      integer,
    parcels_delivered  integer,
    unserved_villages  integer,
    feasible           boolean,
    -- What the plan was solved for: the day's demand rows, and the profile of each vehicle type.
    demand             jsonb not null,
    vehicle_profiles   jsonb,
    -- The full DailyPlan.
    result             jsonb
);

create index daily_plan_county_idx on daily_plan (county_id, created_at desc);
create index daily_plan_status_idx on daily_plan (status);
