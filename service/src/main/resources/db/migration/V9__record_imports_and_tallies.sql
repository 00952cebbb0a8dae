-- Record imports as background jobs, and the monthly tallies the compliance report reads instead of the rows.

-- An import job: the uploaded file waits on disk (upload_path) until the job reads it; rows and bytes read so
-- far show its progress. It ends DONE with its batch (written in the import's own transaction, so a stored batch
-- and a DONE job go together), FAILED with the rejection (problems per rule and the first ones), or INTERRUPTED.
create table record_import_job (
    id             bigserial primary key,
    county_code    varchar(32)  not null,
    status         varchar(16)  not null
        check (status in ('QUEUED', 'SOLVING', 'DONE', 'FAILED', 'INTERRUPTED')),
    demand_source  varchar(16),
    created_at     timestamp with time zone not null default now(),
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    phase          varchar(100),
    fraction_done  double precision not null default 0,
    error_message  text,
    file_name      varchar(255) not null,
    batch_kind     varchar(16)  not null check (batch_kind in ('IMPORT', 'CORRECTION')),
    accept_valid   boolean      not null,
    upload_path    text         not null,
    upload_bytes   bigint       not null,
    rows_read      bigint       not null default 0,
    bytes_read     bigint       not null default 0,
    batch          jsonb,
    rejection      jsonb
);
create index record_import_job_county on record_import_job (county_code, created_at desc);
create index record_import_job_status on record_import_job (status);

-- The current rows (latest correction of each waybill, else its first import) counted per month of intake
-- (Asia/Shanghai), village or carrier, and delivery-time bucket: bucket b holds times in ((b-1)/4 h, b/4 h] up to
-- 24 h (b = 1..96), then whole hours ((b-73) h, (b-72) h] up to 720 h (b = 97..792), and 793 beyond; 0 for a time
-- of zero. Every whole hour is a bucket edge, so parcels within a whole-hour target are counted exactly.
-- Kept by the import in its transaction: a batch adds its new waybills, a correction moves its waybills.
create table record_tally (
    county_code varchar(32) not null,
    month       date        not null,
    dimension   char(1)     not null check (dimension in ('V', 'C')),
    key         varchar(64) not null,
    bucket      smallint    not null,
    parcels     bigint      not null,
    complete    bigint      not null,
    primary key (county_code, month, dimension, key, bucket)
);
