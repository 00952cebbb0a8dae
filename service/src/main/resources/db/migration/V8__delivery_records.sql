-- The delivery record (配送台账): append-only batches of parcel rows, each batch's digest chained to the
-- county's previous batch. An import takes its batch id first, copies its rows, then writes the batch with its
-- digests (the rows' reference to it is checked at commit). Records refer to their county by code, so re-importing a county's network keeps them.

create table ledger_batch (
    id              bigserial primary key,
    county_code     varchar(32)  not null,
    seq             integer      not null check (seq >= 1),
    kind            varchar(16)  not null check (kind in ('IMPORT', 'CORRECTION')),
    file_name       varchar(255) not null,
    imported_at     timestamp with time zone not null,
    row_count       bigint       not null check (row_count >= 0),
    rejected_count  bigint       not null check (rejected_count >= 0),
    content_sha256  char(64)     not null,
    previous_sha256 char(64),
    chain_sha256    char(64)     not null,
    problems_json   text,
    unique (county_code, seq)
);

create table delivery_record (
    batch_id           bigint      not null references ledger_batch (id) deferrable initially deferred,
    row_number         bigint      not null,
    waybill            varchar(64) not null,
    carrier            varchar(64) not null,
    village_code       varchar(32) not null,
    chilled            boolean     not null,
    received_at_centre timestamp with time zone not null,
    left_centre        timestamp with time zone not null,
    arrived_at_hub     timestamp with time zone,
    arrived_at_station timestamp with time zone not null,
    signed_at          timestamp with time zone,
    vehicle            varchar(64),
    row_sha256         bytea       not null,
    primary key (batch_id, row_number)
);
create index delivery_record_waybill on delivery_record (waybill);

-- A county's carriers as written in its record files; a county without rows uses the default list.
create table county_carrier (
    county_code varchar(32) not null,
    name        varchar(64) not null,
    primary key (county_code, name)
);

-- Append-only: rows and batches are never updated or deleted. Only the import itself may remove the rows it
-- is writing (later copies of a waybill repeated in the file), inside its own transaction.
create function delivery_record_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if current_setting('gongpei.ledger_import_batch', true) = old.batch_id::text then
            return old;
        end if;
    end if;
    raise exception 'the delivery record is append-only: % on delivery_record refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create function ledger_batch_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the delivery record is append-only: % on ledger_batch refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger delivery_record_append_only before update or delete on delivery_record
    for each row execute function delivery_record_append_only();
create trigger ledger_batch_append_only before update or delete on ledger_batch
    for each row execute function ledger_batch_append_only();
