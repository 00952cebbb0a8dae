-- Jobs shared by several instances on one database. A job re-run after its instance died counts its re-runs,
-- so that a job that keeps killing its instance ends interrupted instead of going round forever. A stop asked
-- at one instance for a job another instance solves is a row here until the solving instance sees it.
alter table daily_plan add column reruns int not null default 0;
alter table scenario_analysis add column reruns int not null default 0;
alter table calendar_job add column reruns int not null default 0;

create table job_stop_request (
    task_instance text primary key,
    requested_at  timestamp with time zone not null default now()
);
