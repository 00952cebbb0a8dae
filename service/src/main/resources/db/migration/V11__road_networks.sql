-- Road networks uploaded per county: each upload is a job (GraphHopper import and contraction hierarchies of
-- every profile, then the road check) and, once done, a version of the county's roads. The newest done one is
-- the county's current network. Keyed by county code, not by the county row, so that a re-imported county keeps
-- its roads. The OSM file is kept under the graph directory by its content hash.
create table road_network (
    id               bigserial primary key,
    county_code      varchar(32) not null,
    status           varchar(16) not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    demand_source    varchar(16),
    source_name      varchar(255) not null,
    size_bytes       bigint not null check (size_bytes > 0),
    content_sha256   char(64) not null,
    osm_file         varchar(300) not null,
    graph_hash       varchar(64),
    nodes            integer,
    edges            integer,
    created_at       timestamp with time zone not null default now(),
    started_at       timestamp with time zone,
    finished_at      timestamp with time zone,
    phase            varchar(100),
    fraction_done    double precision not null default 0,
    error_message    text,
    road_check       jsonb
);

create index road_network_county_idx on road_network (county_code, status, finished_at desc);

-- The road network a plan is solved on: an uploaded version, or the configured file when road_network_id is null.
alter table daily_plan add column road_network_id bigint references road_network (id);
alter table daily_plan add column road_source varchar(400);
