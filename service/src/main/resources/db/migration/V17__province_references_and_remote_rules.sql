-- The provincial capital's cost of delivering a parcel, per province and year, as data: entered or imported with
-- where the figure comes from and when it was published or surveyed. An analysis without a reference of its own
-- takes its county's province's figure for the analysed year (else the latest earlier year, else the earliest later).
create table province_reference (
    province        varchar(100) not null,
    capital         varchar(100) not null,
    year            integer      not null check (year between 2000 and 2100),
    fen_per_parcel  bigint       not null check (fen_per_parcel > 0 and fen_per_parcel <= 10000),
    source          text         not null check (length(btrim(source)) > 0),
    -- a code the page says in its reader's language for a source it knows (ASSUMED_URBAN_FEE); null otherwise
    source_code     varchar(40),
    source_date     date         not null,
    entered_by      varchar(100),
    entered_at      timestamp with time zone not null default now(),
    primary key (province, year)
);

-- The figures compiled in before: 1.20 yuan a parcel for every capital, an ASSUMPTION (the order of the urban
-- delivery fee a brand pays per parcel), to be replaced by each province's own survey figure.
insert into province_reference (province, capital, year, fen_per_parcel, source, source_code, source_date, entered_by)
select province, capital, 2025, 120,
       'ASSUMPTION: 1.20 yuan, the order of the urban delivery fee (派费) a brand pays per parcel in a provincial'
           || ' capital; no published per-city figure at hand, the same value for every capital. Replace with the'
           || ' province''s own survey figure.',
       'ASSUMED_URBAN_FEE', date '2025-01-01', 'system'
from (values ('河北省', '石家庄市'), ('山东省', '济南市'), ('山西省', '太原市'), ('河南省', '郑州市'),
             ('湖南省', '长沙市'), ('湖北省', '武汉市'), ('安徽省', '合肥市'), ('Bayern', 'München'))
     as defaults (province, capital);

-- A county's remote-area rule (边远地区, exempt from parity and the delivery-time indicator): villages at or beyond
-- road_minutes by van from the county centre (0: no time rule; null: not set, the default applies) and villages
-- declared remote by code. Kept by county code, like the fleet settings, so a re-imported county keeps it.
create table county_remote_rule (
    county_code    varchar(32) primary key,
    road_minutes   integer check (road_minutes >= 0),
    village_codes  text[]      not null default '{}',
    saved_by       varchar(100),
    saved_at       timestamp with time zone not null default now()
);
