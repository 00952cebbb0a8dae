-- One job machinery for daily plans, analyses and calendars: each job is an execution of db-scheduler's
-- one-time task, kept in its table below (db-scheduler's PostgreSQL schema), with heartbeats so that a job
-- whose instance died is found. The job tables keep their state columns; calendar jobs gain a start time.
create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

alter table calendar_job add column started_at timestamp with time zone;
