-- Record imports and road-network imports are jobs like the others: a re-run after their instance died is counted.
alter table record_import_job add column reruns int not null default 0;
alter table road_network add column reruns int not null default 0;
