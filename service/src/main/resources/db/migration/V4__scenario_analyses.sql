-- Scenario analyses for the county commerce bureau: separate, joint and partial days of a county solved
-- alike, with savings, cost to serve, parity with the provincial capital and subsidy phase-out.
create table scenario_analysis (
    id                 bigserial primary key,
    county_id          bigint not null references county (id) on delete cascade,
    analysis_date      date not null,
    status             varchar(16) not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    demand_seed        bigint not null,
    time_limit_seconds integer not null check (time_limit_seconds between 1 and 600),
    created_at         timestamp with time zone not null default now(),
    started_at         timestamp with time zone,
    finished_at        timestamp with time zone,
    phase              varchar(100),
    fraction_done      double precision not null default 0,
    error_message      text,
    -- The checked request (scenarios, parity and subsidy options) and, when done, the ScenarioReport.
    request            jsonb not null,
    report             jsonb
);

create index scenario_analysis_county_idx on scenario_analysis (county_id, created_at desc);
create index scenario_analysis_status_idx on scenario_analysis (status);
