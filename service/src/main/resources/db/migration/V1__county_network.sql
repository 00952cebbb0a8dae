-- County network: county centre, townships, township hubs, village stations.
create table county (
    id                 bigserial primary key,
    code               varchar(32)  not null unique,
    name               varchar(100) not null,
    province           varchar(100) not null,
    provincial_capital varchar(100) not null,
    note               text,
    centre_name        varchar(200) not null,
    centre_lat         double precision not null,
    centre_lon         double precision not null,
    boundary_geojson   text,
    imported_at        timestamp with time zone not null default now()
);

create table township (
    id        bigserial primary key,
    county_id bigint not null references county (id) on delete cascade,
    code      varchar(32)  not null,
    name      varchar(100) not null,
    lat       double precision,
    lon       double precision,
    unique (county_id, code)
);

create table hub (
    id                       bigserial primary key,
    county_id                bigint not null references county (id) on delete cascade,
    township_id              bigint not null references township (id) on delete cascade,
    code                     varchar(32)  not null,
    name                     varchar(200) not null,
    lat                      double precision not null,
    lon                      double precision not null,
    designated               boolean not null,
    cold_storage             boolean not null,
    capacity_parcels_per_day integer check (capacity_parcels_per_day >= 0),
    unique (county_id, code)
);

create table village (
    id          bigserial primary key,
    county_id   bigint not null references county (id) on delete cascade,
    township_id bigint not null references township (id) on delete cascade,
    code        varchar(32)  not null,
    name        varchar(200) not null,
    lat         double precision not null,
    lon         double precision not null,
    population  integer not null check (population >= 0),
    poor        boolean not null,
    station     boolean not null,
    unique (county_id, code)
);

create index township_county_idx on township (county_id);
create index hub_county_idx on hub (county_id);
create index village_county_idx on village (county_id);
create index village_township_idx on village (township_id);
