-- Network design for the bureau: which township hubs to keep, open or give cold storage. One background job per
-- request, its progress and, when done, the candidate networks side by side, each judged by daily plans.
create table hub_plan (
    id             bigserial primary key,
    county_id      bigint not null references county (id) on delete cascade,
    status         varchar(16) not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    demand_source  varchar(16),
    created_at     timestamp with time zone not null default now(),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    phase          varchar(100),
    fraction_done  double precision not null default 0,
    error_message  text,
    reruns         int not null default 0,
    stopped_early  boolean not null default false,
    -- The checked settings (every default filled in), the roads the daily plans run on (a RoadVersion: an uploaded
    -- network, the configured file or the estimate) and, when done, the HubComparisonResult.
    request        jsonb not null,
    roads          jsonb not null,
    result         jsonb
);

create index hub_plan_county_idx on hub_plan (county_id, created_at desc);
create index hub_plan_status_idx on hub_plan (status);
