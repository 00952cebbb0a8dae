-- Large OpenStreetMap extracts (a province, a country) registered from the configured extract directory, from which
-- counties' networks are cut.
create table road_extract (
    id               bigserial primary key,
    file_name        varchar(255) not null unique,
    size_bytes       bigint not null,
    registered_at    timestamp with time zone not null default now()
);

-- Road networks uploaded per county, or cut from a registered extract by the county's outline plus a buffer: each upload is a job (GraphHopper import and contraction hierarchies of
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
    -- Unknown until a cut is made.
    size_bytes       bigint check (size_bytes > 0),
    content_sha256   char(64),
    osm_file         varchar(300),
    extract_id       bigint references road_extract (id),
    buffer_metres    double precision,
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

-- The roads a plan is solved on: an uploaded version; or, when road_network_id is null, the configured file named in
-- road_source, or (road_source 'ESTIMATE') straight-line estimates with the assumptions in road_estimate.
alter table daily_plan add column road_network_id bigint references road_network (id);
alter table daily_plan add column road_source varchar(400);
alter table daily_plan add column road_estimate jsonb;
