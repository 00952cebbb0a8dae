-- A county's fleet and costs (vehicle classes, counts, costs, shift, handling), as versions: a change is a new
-- version and the earlier ones stay, so that every plan can say, and be built again with, the settings it used.
-- Version 0 is the demo defaults compiled into the planner; a county without rows here uses them.
create table fleet_settings (
    county_code   varchar(32)  not null,
    version       integer      not null check (version >= 1),
    settings_json text         not null,
    saved_at      timestamp with time zone not null default now(),
    saved_by      varchar(100),
    primary key (county_code, version)
);

create function fleet_settings_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'fleet settings are kept as versions: % on fleet_settings refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger fleet_settings_append_only before update or delete on fleet_settings
    for each row execute function fleet_settings_append_only();

-- The settings version a plan, scenario analysis, calendar or target-cost comparison was built with (0: the
-- defaults, as every one before).
alter table daily_plan add column fleet_settings_version integer not null default 0;
alter table scenario_analysis add column fleet_settings_version integer not null default 0;
alter table calendar_job add column fleet_settings_version integer not null default 0;
