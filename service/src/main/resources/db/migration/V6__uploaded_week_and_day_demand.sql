-- Weekly calendars, target-cost comparisons and scenario analyses on uploaded demand. A job records where its
-- demand comes from: GENERATED (the seed in its request) or UPLOADED, then with the rows it plans (the week's
-- or the day's) as CSV text in the upload layout, so that a queued job needs nothing kept in memory.
alter table calendar_job
    add column demand_source   varchar(16) not null default 'GENERATED'
        check (demand_source in ('GENERATED', 'UPLOADED')),
    add column demand_down_csv text,
    add column demand_up_csv   text,
    add constraint calendar_job_uploaded_demand_check
        check (demand_source = 'GENERATED' or (demand_down_csv is not null and demand_up_csv is not null));

alter table scenario_analysis
    add column demand_source   varchar(16) not null default 'GENERATED'
        check (demand_source in ('GENERATED', 'UPLOADED')),
    add column demand_down_csv text,
    add column demand_up_csv   text,
    alter column demand_seed drop not null,
    add constraint scenario_analysis_demand_check
        check (demand_source = 'GENERATED' and demand_seed is not null
            or demand_source = 'UPLOADED' and demand_down_csv is not null and demand_up_csv is not null);
