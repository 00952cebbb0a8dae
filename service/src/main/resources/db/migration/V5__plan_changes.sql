-- Real-time changes of a done daily plan (a van breakdown, an urgent pickup). Each change makes a new
-- revision of the plan: daily_plan.result holds the latest, and every revision (0 = as first solved) is kept
-- here with the change that made it.
alter table daily_plan add column revision integer not null default 0;

create table daily_plan_revision (
    id                  bigserial primary key,
    plan_id             bigint not null references daily_plan (id) on delete cascade,
    revision            integer not null check (revision >= 0),
    change_type         varchar(16) check (change_type in ('BREAKDOWN', 'URGENT_PICKUP')),
    -- The change as requested (null for revision 0) and a sentence describing it.
    change              jsonb,
    description         text,
    reported_at_seconds integer,
    applied_at          timestamp with time zone not null default now(),
    notes               jsonb not null,
    feasible            boolean not null,
    -- The full DailyPlan of this revision.
    result              jsonb not null,
    unique (plan_id, revision),
    check ((revision = 0) = (change is null))
);
