-- The delivery record at a year's scale (about 15 million rows a county).

-- A row's batch is checked once per batch, not per row: the foreign key queued one check per copied row until
-- the commit (a third of a large import's time). The import writes a batch's rows and its batch row in one
-- transaction, batches are never deleted, and every report reads rows through their county's batches, so a row
-- without a batch is part of no county's record.
alter table delivery_record drop constraint delivery_record_batch_id_fkey;

-- The rows that are no longer a waybill's current row: a later import of a waybill the county already had
-- (REPEATED: the first import stays current) or a row replaced by a correction (CORRECTED). Written by the import
-- in its transaction, so that the current rows are the county's rows minus these few, instead of a choice over all
-- of the county's rows.
create table record_superseded (
    batch_id      bigint      not null,
    row_number    bigint      not null,
    reason        varchar(16) not null check (reason in ('REPEATED', 'CORRECTED')),
    by_batch_id   bigint      not null,
    primary key (batch_id, row_number)
);
create index record_superseded_by_batch on record_superseded (by_batch_id);

create function record_superseded_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the delivery record is append-only: % on record_superseded refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger record_superseded_append_only before update or delete on record_superseded
    for each row execute function record_superseded_append_only();

-- The rows stored so far: every row but its waybill's current one (latest correction, else first import).
insert into record_superseded (batch_id, row_number, reason, by_batch_id)
select r.batch_id, r.row_number,
       case when b.kind = 'IMPORT' and first.batch_id is not null then 'REPEATED' else 'CORRECTED' end,
       case when b.kind = 'IMPORT' and first.batch_id is not null then r.batch_id else current.batch_id end
from delivery_record r
join ledger_batch b on b.id = r.batch_id
join (select distinct on (b.county_code, r.waybill) b.county_code, r.waybill, r.batch_id, r.row_number
      from delivery_record r join ledger_batch b on b.id = r.batch_id
      order by b.county_code, r.waybill, case when b.kind = 'CORRECTION' then -b.seq else b.seq end, r.row_number
     ) current on current.county_code = b.county_code and current.waybill = r.waybill
left join (select distinct on (b.county_code, r.waybill) b.county_code, r.waybill, r.batch_id, r.row_number
           from delivery_record r join ledger_batch b on b.id = r.batch_id where b.kind = 'IMPORT'
           order by b.county_code, r.waybill, b.seq, r.row_number
          ) first on first.county_code = b.county_code and first.waybill = r.waybill
                 and (first.batch_id, first.row_number) <> (r.batch_id, r.row_number)
where (r.batch_id, r.row_number) <> (current.batch_id, current.row_number);

-- Periods are chosen by the time of intake at the centre; rows arrive roughly in that order, so a block range
-- index finds a month among a year's rows at almost no cost to the import.
create index delivery_record_received on delivery_record using brin (received_at_centre);
